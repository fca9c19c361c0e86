import org.apache.shiro.web.mgt.CookieRememberMeManager;
import org.apache.shiro.web.servlet.Cookie;
import org.apache.shiro.web.servlet.ShiroHttpSession;
import org.apache.shiro.web.servlet.SimpleCookie;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.springframework.beans.factory.annotation.Value;

public class ShiroConfig {
    private static final String SESSION_COOKIE = "shop_session";

    @Value("${shiro.cookie.secure:true}")
    private boolean secure;

    public SimpleCookie rememberMeCookie() {
        // ruleid: shiro-cookie-insecure
        SimpleCookie cookie = new SimpleCookie("rememberMe");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(30 * 24 * 60 * 60);
        return cookie;
    }

    public SimpleCookie rememberMeCookieFromDefaults() {
        // ruleid: shiro-cookie-insecure
        SimpleCookie simpleCookie = new SimpleCookie(CookieRememberMeManager.DEFAULT_REMEMBER_ME_COOKIE_NAME);
        simpleCookie.setMaxAge(2592000);
        return simpleCookie;
    }

    public Cookie sessionIdCookie() {
        // ruleid: shiro-cookie-insecure
        Cookie cookie = new SimpleCookie(SESSION_COOKIE);
        cookie.setPath("/");
        return cookie;
    }

    public SimpleCookie namedLater() {
        SimpleCookie cookie = new SimpleCookie();
        // ruleid: shiro-cookie-insecure
        cookie.setName("JSESSIONID");
        cookie.setHttpOnly(true);
        return cookie;
    }

    public DefaultWebSessionManager sessionManager() {
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        // ruleid: shiro-cookie-insecure
        SimpleCookie cookie = new SimpleCookie(ShiroHttpSession.DEFAULT_SESSION_ID_NAME);
        manager.setSessionIdCookie(cookie);
        return manager;
    }

    public SimpleCookie secureRememberMe() {
        // ok: shiro-cookie-insecure
        SimpleCookie cookie = new SimpleCookie("rememberMe");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge(7 * 24 * 3600);
        return cookie;
    }

    public SimpleCookie configuredSecure() {
        // ok: shiro-cookie-insecure
        SimpleCookie cookie = new SimpleCookie("sid");
        cookie.setSecure(secure);
        return cookie;
    }

    public SimpleCookie themeCookie() {
        // ok: shiro-cookie-insecure
        SimpleCookie cookie = new SimpleCookie("theme");
        cookie.setMaxAge(365 * 24 * 3600);
        return cookie;
    }

    public SimpleCookie csrfSessionCookie() {
        // ok: shiro-cookie-insecure
        SimpleCookie cookie = new SimpleCookie("csrf_session_hint");
        return cookie;
    }
}
