import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences

class TokenStore(context: Context) {
    private val prefs = context.getSharedPreferences("auth", Context.MODE_PRIVATE)

    fun saveAccess(token: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        prefs.edit().putString("access_token", token).apply()
    }

    fun saveRefresh(token: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        prefs.edit().putString(KEY_REFRESH_TOKEN, token).apply()
    }

    fun saveTheme(theme: String) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit().putString("theme", theme).apply()
    }

    fun savePush(token: String) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit().putString("fcm_token", token).apply()
    }

    companion object {
        const val KEY_REFRESH_TOKEN = "refresh_token"
    }
}

class SecureTokenStore(context: Context) {
    private val prefs = EncryptedSharedPreferences.create(context, "auth", masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM)

    fun save(token: String) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit().putString("access_token", token).apply()
    }
}

class DataStoreTokens(private val dataStore: DataStore<Preferences>) {
    suspend fun save(token: String) {
        dataStore.edit { prefs ->
            // ruleid: kotlin-android-token-in-shared-preferences
            prefs[ACCESS_TOKEN] = token
        }
    }
}
