import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { newStack } from '#tests/support/cdk-app';
import type { OneWindowStack } from '#infra/stack';

type Json = Record<string, unknown>;
let stack: OneWindowStack;
let template: Template;
let resources: Record<string, { Type: string; Properties?: Json }>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
/** The one resource of a type (the stack has exactly one). */
function one<T>(type: string): [string, T] {
  const all = ofType(type);
  expect(all).toHaveLength(1);
  return all[0] as unknown as [string, T];
}
const idOf = (token: string) =>
  (stack.resolve(token) as { Ref?: string; 'Fn::GetAtt'?: [string, string] }).Ref ??
  (stack.resolve(token) as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

beforeAll(() => {
  ({ stack } = newStack());
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as typeof resources;
}, 180_000);

describe('the workbench in AWS (S3 + CloudFront + managed login)', () => {
  it('keeps the files in a private bucket that only the distribution reads, through origin access control', () => {
    const bucketId = idOf(stack.web.bucket.bucketName);
    expect(resources[bucketId]!.Properties!.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const [, oac] = one<{ Properties: { OriginAccessControlConfig: Json } }>('AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => JSON.stringify(p.Properties!.Bucket).includes(bucketId))!;
    const reads = (policy[1].Properties!.PolicyDocument as { Statement: Json[] }).Statement.filter((s) =>
      JSON.stringify(s.Principal ?? '').includes('cloudfront.amazonaws.com'),
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]!.Action).toBe('s3:GetObject');
    expect(JSON.stringify(reads[0]!.Condition)).toContain('AWS:SourceArn');
  });

  it('answers with a strict CSP, HSTS, no framing and no sniffing, on the files and the API', () => {
    const [policyId, policy] = one<{ Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Json } } }>(
      'AWS::CloudFront::ResponseHeadersPolicy',
    );
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig as {
      ContentSecurityPolicy: { ContentSecurityPolicy: unknown };
      StrictTransportSecurity: { AccessControlMaxAgeSec: number };
      FrameOptions: { FrameOption: string };
      ContentTypeOptions: { Override: boolean };
    };
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      'upgrade-insecure-requests',
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
    expect(headers.ContentTypeOptions.Override).toBe(true);
    const [, distribution] = one<{ Properties: { DistributionConfig: Json } }>('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as {
      DefaultCacheBehavior: Json;
      CacheBehaviors: Json[];
      Origins: { DomainName: unknown; CustomOriginConfig?: Json }[];
      Logging?: Json;
    };
    expect(JSON.stringify(config.DefaultCacheBehavior.ResponseHeadersPolicyId)).toContain(policyId);
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.Logging).toBeDefined();
    // The API under the same origin at /api/*: nothing cached, every method, HTTPS to API Gateway.
    const api = config.CacheBehaviors.find((b) => b.PathPattern === '/api/*')!;
    expect(api).toMatchObject({ CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', ViewerProtocolPolicy: 'https-only' });
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']));
    expect(JSON.stringify(api.ResponseHeadersPolicyId)).toContain(policyId);
    const apiOrigin = config.Origins.find((o) => o.CustomOriginConfig)!;
    expect(JSON.stringify(apiOrigin.DomainName)).toContain(idOf(stack.api.httpApi.apiId));
    expect(apiOrigin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
  });

  it('signs in through the pool’s managed login with an authorization-code client whose only callback is the workbench', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2, Domain: 'onewindow-hz' });
    const webClient = ofType('AWS::Cognito::UserPoolClient').find(([, c]) => c.Properties!.ClientName === 'onewindow-web')![1].Properties!;
    expect(webClient).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect(webClient.AllowedOAuthScopes).toEqual(expect.arrayContaining(['openid']));
    const distributionId = idOf(stack.web.distribution.distributionId);
    expect(webClient.CallbackURLs).toEqual([
      { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/callback']] },
    ]);
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
    // The API takes the ID tokens of both clients.
    const [, authorizer] = one<{ Properties: { JwtConfiguration: { Audience: unknown[] } } }>('AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties.JwtConfiguration.Audience).toHaveLength(2);
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Audience)).toContain(idOf(stack.identity.webClient!.userPoolClientId));
  });

  it('uploads the build and a config.json naming the issuer, the web client and /api, and invalidates the entry points', () => {
    const deployments = ofType('Custom::CDKBucketDeployment');
    expect(deployments).toHaveLength(2);
    const entry = deployments.find(([, d]) => d.Properties!.DistributionPaths)![1].Properties!;
    expect(entry.DistributionPaths).toEqual(['/index.html', '/config.json']);
    const markers = JSON.stringify(entry.SourceMarkers);
    expect(markers).toContain(idOf(stack.identity.webClient!.userPoolClientId));
    expect(markers).toContain(idOf(stack.identity.userPool.userPoolId));
    // The deployment's own role: no AWS managed policy.
    const [, role] = ofType('AWS::IAM::Role').find(([id]) => id.startsWith('WebDeployRole'))!;
    expect(role.Properties!.ManagedPolicyArns).toBeUndefined();
  });

  it('tells the hall pages their WebSocket channel: hallSocket in config.json is the HallPush stage, and the CSP lets them connect', () => {
    const entry = ofType('Custom::CDKBucketDeployment').find(([, d]) => d.Properties!.DistributionPaths)![1].Properties!;
    // The config.json the deployment uploads, as synthesized into the assembly (tokens stand as markers).
    const assembly = (stack.node.root as App).synth().directory;
    const configs = readdirSync(assembly)
      .map((d) => join(assembly, d, 'config.json'))
      .filter((f) => existsSync(f))
      .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>);
    expect(configs).toHaveLength(1);
    const config = configs[0]!;
    expect(Object.keys(config).sort()).toEqual(['apiBase', 'authority', 'clientId', 'hallSocket']);
    // wss://<the WebSocket API's id>.execute-api.<region>.<suffix>/screens, each token a marker the deployment fills in.
    const parts = /^wss:\/\/(<<marker:[^>]+>>)\.execute-api\.<<marker:[^>]+>>\.<<marker:[^>]+>>\/screens$/.exec(config.hallSocket!);
    expect(parts, config.hallSocket).not.toBeNull();
    const markers = Object.assign({}, ...(entry.SourceMarkers as Json[])) as Json;
    const webSocketApiId = idOf(stack.hallPush.api.apiId);
    expect(markers[parts![1]!]).toEqual({ Ref: webSocketApiId });
    expect(resources[webSocketApiId]!.Properties!.ProtocolType).toBe('WEBSOCKET');

    const [, policy] = one<{ Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Json } } }>(
      'AWS::CloudFront::ResponseHeadersPolicy',
    );
    const csp = JSON.stringify(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy);
    const connectSrc = csp.slice(csp.indexOf('connect-src'), csp.indexOf('frame-src'));
    // The WebSocket API's endpoint attribute is its wss:// origin.
    expect(connectSrc).toContain(JSON.stringify({ 'Fn::GetAtt': [webSocketApiId, 'ApiEndpoint'] }));
  });
});
