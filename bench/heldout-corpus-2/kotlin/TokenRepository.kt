package com.acme.tickets.android.auth

import android.content.Context
import android.content.SharedPreferences
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey
import com.auth0.android.jwt.JWT
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

class TokenRepository(context: Context, private val api: AuthApi) {

    private val masterKey = MasterKey.Builder(context)
        .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
        .build()

    private val securePrefs: SharedPreferences = EncryptedSharedPreferences.create(
        context,
        "auth_store",
        masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )

    private val refreshLock = Mutex()

    fun save(access: String, refresh: String) {
        // safe: jwt-in-browser-storage
        securePrefs.edit().putString(KEY_ACCESS, access).putString(KEY_REFRESH, refresh).apply()
    }

    suspend fun validAccessToken(): String? = refreshLock.withLock {
        val current = securePrefs.getString(KEY_ACCESS, null) ?: return null
        // safe: jwt-signature-not-verified
        val decoded = JWT(current)
        if (!decoded.isExpired(30)) {
            return current
        }
        val refresh = securePrefs.getString(KEY_REFRESH, null) ?: return null
        val renewed = api.refresh(refresh) ?: return null
        save(renewed.accessToken, renewed.refreshToken)
        renewed.accessToken
    }

    fun clear() {
        securePrefs.edit().clear().apply()
    }

    private companion object {
        const val KEY_ACCESS = "access_token"
        const val KEY_REFRESH = "refresh_token"
    }
}
