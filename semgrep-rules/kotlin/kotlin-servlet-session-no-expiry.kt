import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpSession
import java.util.concurrent.TimeUnit

class LoginService(private val redis: RedisHelper) {
    fun afterLogin(session: HttpSession, userId: Long) {
        // ruleid: kotlin-servlet-session-no-expiry
        session.maxInactiveInterval = -1
        redis.set(session.id, "200")
        // ruleid: kotlin-servlet-session-no-expiry
        redis.setTime(session.id, 2592000, TimeUnit.SECONDS)
        // ruleid: kotlin-servlet-session-no-expiry
        redis.expire(session.id, 14, TimeUnit.DAYS)
        // ok: kotlin-servlet-session-no-expiry
        redis.expire(session.id, 3600, TimeUnit.SECONDS)
        // ok: kotlin-servlet-session-no-expiry
        redis.expire("rate:" + userId, 2592000, TimeUnit.SECONDS)
    }

    fun configure(request: HttpServletRequest) {
        // ok: kotlin-servlet-session-no-expiry
        request.session.maxInactiveInterval = 1800
    }
}

// Servlet 4.0+: an interval of zero or less means the session never times out
class ZeroIntervalLogin {
    fun login(request: HttpServletRequest) {
        val session = request.getSession(true)
        // ruleid: kotlin-servlet-session-no-expiry
        session.setMaxInactiveInterval(0)
        // ok: kotlin-servlet-session-no-expiry
        session.maxInactiveInterval = 86400
    }
}
