/**
 * Personal data of a case (个人信息): names, identity numbers and phones of the applicant and agent.
 * Stored only sealed (encrypted); everywhere else the case shows masked values. It is opened for
 * the people whose work needs it, and every opening is recorded.
 */
export interface PersonalData {
  applicant: { kind: 'person' | 'legal_person'; name: string; idNumber: string; phone?: string };
  agent?: { name: string; idNumber: string };
  /** 邮寄地址, when the result is to be mailed. */
  delivery?: { address: CourierAddress };
}

/** Encrypted data as stored: the encrypted data key, IV, GCM tag and ciphertext, base64. */
export interface Sealed {
  v: 1;
  key: string;
  iv: string;
  tag: string;
  data: string;
}

/** 邮寄地址 as the applicant gives it at intake; sealed with the personal data. */
export interface CourierAddress {
  recipient: string;
  phone: string;
  province?: string;
  city: string;
  district?: string;
  street: string;
  postcode?: string;
}
