package app.notes.android.data

import android.content.Context
import android.content.SharedPreferences
import androidx.datastore.core.DataStore
import androidx.datastore.preferences.core.Preferences
import androidx.datastore.preferences.core.edit
import androidx.datastore.preferences.core.stringPreferencesKey
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

class SessionRepository(context: Context) {
    private val storage: SharedPreferences = context.getSharedPreferences("notes_session", Context.MODE_PRIVATE)

    fun onLoggedIn(accessToken: String, refreshToken: String, userName: String) {
        storage.edit()
            // expect: jwt-in-browser-storage
            .putString("accessToken", accessToken)
            // expect: jwt-in-browser-storage
            .putString(PREF_REFRESH_TOKEN, refreshToken)
            // safe: jwt-in-browser-storage
            .putString("userName", userName)
            .apply()
    }

    fun onNewPushToken(pushToken: String) {
        // safe: jwt-in-browser-storage
        storage.edit().putString("fcm_token", pushToken).apply()
    }

    fun logout() {
        storage.edit().remove("accessToken").remove(PREF_REFRESH_TOKEN).apply()
    }

    companion object {
        private const val PREF_REFRESH_TOKEN = "refresh_token"
    }
}

class SecureSessionRepository(context: Context) {
    private val key = MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build()
    private val vault = EncryptedSharedPreferences.create(
        context, "notes_secure", key,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )

    fun onLoggedIn(accessToken: String) {
        // safe: jwt-in-browser-storage
        vault.edit().putString("accessToken", accessToken).apply()
    }
}

class TokenDataStore(private val store: DataStore<Preferences>) {
    private val jwtKey = stringPreferencesKey("jwt")

    suspend fun save(jwt: String) {
        store.edit { settings ->
            // expect: jwt-in-browser-storage
            settings[jwtKey] = jwt
        }
    }
}
