import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES, type Role } from '#manifest';

const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  applicant: '申请人 (applicant)',
  intake_clerk: '收件窗口 / 综合窗口 (intake window clerk)',
  approver: '后台审批人员 (back-office approver)',
  output_clerk: '出件窗口 (output window clerk)',
  supervisor: '政务服务中心 / 电子监察 (service centre supervisor)',
  county_system: '一体化平台 / 部门系统 (county integration platform)',
  admin: '县级 / 省级管理员 (county or province administrator: the base list 基本目录)',
};

export interface IdentityProps {
  /**
   * Put the pool on the Cognito Plus feature plan with threat protection (compromised credentials,
   * adaptive authentication) enforced. @default false (Essentials plan)
   */
  readonly threatProtection?: boolean;
}

/**
 * Staff sign-in: a Cognito user pool (accounts are created by administrators, no self sign-up), one group
 * per role of the manifest (the `cognito:groups` claim), custom attributes `custom:department`,
 * `custom:centre` and `custom:window_decision`, and one public app client whose ID tokens the API accepts.
 */
export class Identity extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly groups: Readonly<Record<Role, cognito.UserPoolGroup>>;
  /** `https://cognito-idp.<region>.<urlSuffix>/<poolId>`: the `iss` of the pool's tokens. */
  readonly issuer: string;
  readonly jwksUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps = {}) {
    super(scope, id);
    const threatProtection = props.threatProtection ?? false;

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: 'onewindow',
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      standardAttributes: {
        email: { required: false, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        department: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        centre: new cognito.StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        // 'true' for intake clerks authorised to decide 即办件 at the window.
        window_decision: new cognito.StringAttribute({ minLen: 4, maxLen: 5, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: '一窗通办账号开通 (OneWindow account)',
        emailBody: '您的一窗通办账号：{username}，临时密码：{####}。首次登录后请修改密码。',
      },
      ...(threatProtection
        ? {
            featurePlan: cognito.FeaturePlan.PLUS,
            standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
          }
        : { featurePlan: cognito.FeaturePlan.ESSENTIALS }),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    if (!threatProtection) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason:
          'Staff-only pool: no self sign-up, every account is created by a centre administrator, strong password policy and optional TOTP. ' +
          'The Plus plan (threat protection) is billed per MAU and can be switched on with the threatProtection prop.',
      });
    }
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is OPTIONAL by centre policy: window and back-office staff sign in on managed workstations inside the government network; ' +
        'TOTP is available to every user and SMS MFA is disabled.',
    });

    const customAttributes = ['department', 'centre', 'window_decision'];
    this.client = this.userPool.addClient('ApiClient', {
      userPoolClientName: 'onewindow-api',
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...customAttributes),
      // Users must not be able to change their own department or centre (the API trusts those claims).
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    const groups: Partial<Record<Role, cognito.UserPoolGroup>> = {};
    ROLES.forEach((role, index) => {
      groups[role] = new cognito.UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: ROLE_DESCRIPTIONS[role],
        precedence: index,
      });
    });
    this.groups = groups as Record<Role, cognito.UserPoolGroup>;

    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
  }
}
