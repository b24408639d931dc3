import { chineseVoice } from '../../lib/call-speech';

/** Speaks a call twice, as halls do, in a Chinese voice; does nothing where the browser has no speech. */
export function speakCall(text: string, times = 2): boolean {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
  const voices = synth.getVoices();
  const index = chineseVoice(voices);
  for (let i = 0; i < times; i += 1) {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.rate = 0.9;
    if (index !== undefined) utterance.voice = voices[index] ?? null;
    synth.speak(utterance);
  }
  return true;
}
