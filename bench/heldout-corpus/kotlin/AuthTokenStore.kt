package com.acme.recipes.android.data.auth

import android.content.Context
import android.content.SharedPreferences
import androidx.core.content.edit
import androidx.datastore.core.DataStore
import androidx.datastore.preferences.core.Preferences
import androidx.datastore.preferences.core.edit
import androidx.datastore.preferences.core.stringPreferencesKey
import androidx.datastore.preferences.preferencesDataStore
import androidx.preference.PreferenceManager
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

private val Context.userPrefs: DataStore<Preferences> by preferencesDataStore(name = "user_prefs")

private val AUTH_TOKEN_KEY = stringPreferencesKey("auth_token")
private val LOCALE_KEY = stringPreferencesKey("locale")

class AuthTokenStore(private val context: Context) {

    private val plainPrefs: SharedPreferences =
        context.getSharedPreferences("recipes_session", Context.MODE_PRIVATE)

    private val securePrefs: SharedPreferences by lazy {
        val masterKey = MasterKey.Builder(context)
            .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
            .build()
        EncryptedSharedPreferences.create(
            context,
            "recipes_secure_session",
            masterKey,
            EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
            EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
        )
    }

    @Volatile
    private var inMemoryAccessToken: String? = null

    fun saveLoginResult(accessToken: String, refreshToken: String) {
        // expect: jwt-in-browser-storage
        plainPrefs.edit().putString("access_token", accessToken).apply()
        plainPrefs.edit {
            // expect: jwt-in-browser-storage
            putString(KEY_REFRESH_TOKEN, refreshToken)
            putLong("logged_in_at", System.currentTimeMillis())
        }
    }

    fun saveLoginResultSecurely(accessToken: String, refreshToken: String) {
        // safe: jwt-in-browser-storage
        inMemoryAccessToken = accessToken
        securePrefs.edit {
            // safe: jwt-in-browser-storage
            putString(KEY_REFRESH_TOKEN, refreshToken)
        }
    }

    fun rememberTheme(dark: Boolean) {
        // safe: jwt-in-browser-storage
        plainPrefs.edit().putString("theme", if (dark) "dark" else "light").apply()
    }

    fun cacheLegacyJwt(jwt: String) {
        val defaults = PreferenceManager.getDefaultSharedPreferences(context)
        // expect: jwt-in-browser-storage
        defaults.edit().putString("jwt", jwt).commit()
    }

    suspend fun persistForWidget(token: String, locale: String) {
        context.userPrefs.edit { prefs ->
            // expect: jwt-in-browser-storage
            prefs[AUTH_TOKEN_KEY] = token
            // safe: jwt-in-browser-storage
            prefs[LOCALE_KEY] = locale
        }
    }

    fun accessToken(): String? =
        inMemoryAccessToken ?: plainPrefs.getString("access_token", null)

    fun clear() {
        inMemoryAccessToken = null
        plainPrefs.edit().clear().apply()
        securePrefs.edit().clear().apply()
    }

    companion object {
        private const val KEY_REFRESH_TOKEN = "refresh_token"
    }
}
