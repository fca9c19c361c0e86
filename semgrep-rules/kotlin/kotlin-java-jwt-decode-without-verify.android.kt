package app.rides.android.account

import android.content.Context
import androidx.lifecycle.ViewModel
import com.auth0.jwt.JWT

class AccountHeaderViewModel(private val tokens: TokenRepository) : ViewModel() {
    // ok: kotlin-java-jwt-decode-without-verify
    fun greeting(): String? = JWT.decode(tokens.accessToken()).getClaim("given_name").asString()

    fun riderId(): Long? {
        // ok: kotlin-java-jwt-decode-without-verify
        val decoded = JWT.decode(tokens.accessToken())
        return decoded.getClaim("rid").asLong()
    }
}
