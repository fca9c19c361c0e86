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

object TokenPrefs {
    private lateinit var preferences: SharedPreferences

    var token: String?
        get() = preferences.getString("token", null)
        // ruleid: kotlin-android-token-in-shared-preferences
        set(value) = preferences.edit().putString("token", value).apply()

    var refresh: String?
        get() = preferences.getString(KEY_REFRESH_TOKEN, null)
        set(value) {
            // ruleid: kotlin-android-token-in-shared-preferences
            preferences.edit().putString(KEY_REFRESH_TOKEN, value).apply()
        }

    var pushToken: String?
        get() = preferences.getString("fcm_token", null)
        // ok: kotlin-android-token-in-shared-preferences
        set(value) = preferences.edit().putString("fcm_token", value).apply()

    var theme: String?
        get() = preferences.getString("theme", null)
        // ok: kotlin-android-token-in-shared-preferences
        set(value) = preferences.edit().putString("theme", value).apply()
}

class SessionVault(context: Context) {
    private val prefs: SharedPreferences = context.getSharedPreferences("vault", Context.MODE_PRIVATE)

    fun keepAccess(token: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        prefs.edit { putString(KEY_ACCESS_TOKEN, token) }
    }

    fun keepBoth(access: String, refresh: String) {
        with(prefs.edit()) {
            // ruleid: kotlin-android-token-in-shared-preferences
            putString("refresh_token", refresh)
            putLong("stored_at", System.currentTimeMillis())
            apply()
        }
    }

    fun keepApply(jwt: String) {
        prefs.edit().apply {
            // ruleid: kotlin-android-token-in-shared-preferences
            putString("id_jwt", jwt)
        }.apply()
    }

    var bearer: String?
        get() = prefs.getString("bearer", null)
        set(value) {
            field = value
            // ruleid: kotlin-android-token-in-shared-preferences
            prefs.edit().putString("bearer", value).apply()
        }

    fun keepPush(t: String) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit { putString("push_token", t) }
    }

    fun keepSealed(t: String, crypto: Crypto) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit { putString("access_token", crypto.encrypt(t)) }
    }
}

class TokenDataStore(private val store: DataStore<Preferences>) {
    suspend fun keep(t: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        store.edit { it[ACCESS_TOKEN] = t }
    }

    suspend fun keepInline(t: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        store.edit { prefs -> prefs[stringPreferencesKey("refresh_token")] = t }
    }

    suspend fun keepLocale(l: String) {
        // ok: kotlin-android-token-in-shared-preferences
        store.edit { it[stringPreferencesKey("locale")] = l }
    }
}

class LazyVault(private val context: Context) {
    private val prefs by lazy { EncryptedSharedPreferences.create(context, "v", MasterKey.Builder(context).build(), EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV, EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM) }

    fun keep(t: String) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit().putString("access_token", t).apply()
    }
}

class ResourceKeyedStore(private val context: Context, private val prefs: SharedPreferences) {
    fun keep(token: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        prefs.edit().putString(context.getString(R.string.pref_access_token), token).apply()
    }

    fun keepTheme(theme: String) {
        // ok: kotlin-android-token-in-shared-preferences
        prefs.edit().putString(context.getString(R.string.pref_theme), theme).apply()
    }
}

class LoginMethodStore(private val prefs: SharedPreferences) {
    fun rememberMethod(method: String, author: String) {
        prefs.edit {
            // ok: kotlin-android-token-in-shared-preferences
            putString("auth_provider", method)
            // ok: kotlin-android-token-in-shared-preferences
            putString("last_author", author)
            // ruleid: kotlin-android-token-in-shared-preferences
            putString("authorization", "Bearer $method")
        }
    }
}

class ResetPasswordFragment : Fragment() {
    companion object {
        fun newInstance(resetToken: String) = ResetPasswordFragment().apply {
            arguments = Bundle().apply {
                // ok: kotlin-android-token-in-shared-preferences
                putString("reset_token", resetToken)
            }
        }
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        // ok: kotlin-android-token-in-shared-preferences
        outState.putString("pending_token", pendingToken)
    }

    fun handOff(token: String): Bundle {
        val extras = Bundle()
        // ok: kotlin-android-token-in-shared-preferences
        extras.putString("auth_token", token)
        return extras
    }
}

class TwoStores(private val context: Context) {
    private val plainPrefs = context.getSharedPreferences("app", Context.MODE_PRIVATE)
    private val securePrefs: SharedPreferences by lazy { buildEncryptedPrefs(context) }

    fun save(accessToken: String, refreshToken: String) {
        // ruleid: kotlin-android-token-in-shared-preferences
        plainPrefs.edit().putString("access_token", accessToken).apply()
        securePrefs.edit {
            // ok: kotlin-android-token-in-shared-preferences
            putString(KEY_REFRESH_TOKEN, refreshToken)
        }
        // ok: kotlin-android-token-in-shared-preferences
        securePrefs.edit().putString("access_token", accessToken).apply()
    }
}
