package app.rides.android.account

import android.content.Context
import androidx.lifecycle.ViewModel
import com.auth0.jwt.JWT

/** Shows the rider's first name and schedules the silent refresh; the API verifies every token. */
class AccountHeaderViewModel(private val tokens: TokenRepository) : ViewModel() {
    // safe: jwt-signature-not-verified
    fun greeting(): String? = JWT.decode(tokens.accessToken()).getClaim("given_name").asString()

    fun riderId(): Long? {
        // safe: jwt-signature-not-verified
        val decoded = JWT.decode(tokens.accessToken())
        return decoded.getClaim("rid").asLong()
    }

    fun refreshDueAt(): Long = JWT.decode(tokens.accessToken()).expiresAt.time - 60_000
}
