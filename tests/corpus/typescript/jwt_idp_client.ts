// Partner portal: accepts tokens from the corporate identity provider and issues its own short ones.
import fs from "node:fs";
import jwt from "jsonwebtoken";
import Cookies from "js-cookie";
import { Injectable } from "@nestjs/common";

const corporateIdpKey = fs.readFileSync(process.env.IDP_PUBLIC_KEY_PATH ?? "/etc/portal/idp.pem", "utf8");

export function corporateClaims(bearer: string) {
  // expect: jwt-claims-not-validated
  return jwt.verify(bearer, corporateIdpKey, { algorithms: ["RS256"] }) as jwt.JwtPayload;
}

export function corporateClaimsChecked(bearer: string) {
  // safe: jwt-claims-not-validated
  return jwt.verify(bearer, corporateIdpKey, {
    algorithms: ["RS256"],
    issuer: "https://login.corp.example",
    audience: "partner-portal",
  }) as jwt.JwtPayload;
}

export function portalClaims(bearer: string) {
  // the portal's own short-lived token, signed and checked with a key only the portal holds:
  // no aud/iss is hardening here (reported at INFO)
  // expect: jwt-claims-not-validated
  return jwt.verify(bearer, process.env.PORTAL_TOKEN_SECRET as string, { algorithms: ["HS256"] });
}

// Authorization-code callback: the id_token comes from the provider's token endpoint over TLS.
export function profileFromTokenResponse(tokenResponse: { id_token: string }) {
  // safe: jwt-signature-not-verified
  const profile = jwt.decode(tokenResponse.id_token) as { email?: string } | null;
  return { email: profile?.email };
}

// A browser-posted id_token is attacker-controlled.
export function profileFromBrowser(req: { body: { id_token: string } }) {
  // expect: jwt-signature-not-verified
  const profile = jwt.decode(req.body.id_token) as { email?: string; admin?: boolean } | null;
  return { email: profile?.email, admin: profile?.admin === true };
}

@Injectable()
export class PartnerAccountsService {
  constructor(private readonly tokenService: TokenService, private readonly partners: PartnerRepository) {}

  async signIn(login: string, pin: string) {
    const account = await this.partners.findOneBy({ login, pin });
    if (!account) throw new UnauthorizedError();
    // expect: jwt-sensitive-payload
    return { token: this.tokenService.sign({ ...account }) };
  }

  async signInSlim(login: string, pin: string) {
    const account = await this.partners.findOneBy({ login, pin });
    if (!account) throw new UnauthorizedError();
    // safe: jwt-sensitive-payload
    return { token: this.tokenService.sign({ sub: account.id, roles: account.roles }) };
  }
}

export function rememberPortalLogin(token: string, role: string) {
  // expect: session-cookie-insecure
  document.cookie = `portal_token=${token}; path=/`;
  // safe: session-cookie-insecure
  document.cookie = `portal_role=${role}; path=/`;
  // safe: session-cookie-insecure
  Cookies.set("sidebar", "collapsed");
}

export function forgetPortalLogin() {
  // safe: session-cookie-insecure
  document.cookie = "portal_token=; path=/; max-age=0";
  // safe: jwt-in-browser-storage
  localStorage.setItem("portal_token", "");
}
