package io.pocketledger.android.auth

import android.content.Context
import android.content.SharedPreferences
import android.util.Log
import androidx.core.content.edit
import androidx.datastore.core.DataStore
import androidx.datastore.preferences.core.Preferences
import androidx.datastore.preferences.core.edit
import androidx.datastore.preferences.core.stringPreferencesKey
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

/** Keeps what the login screen receives from /api/v2/session. */
class LedgerAuthStore(context: Context) {
    private val prefs: SharedPreferences =
        context.getSharedPreferences("ledger_auth", Context.MODE_PRIVATE)

    fun rememberLogin(access: String, refresh: String, displayName: String) {
        prefs.edit {
            // expect: jwt-in-browser-storage
            putString(PREF_ACCESS_TOKEN, access)
            // expect: jwt-in-browser-storage
            putString("refresh_token", refresh)
            // safe: jwt-in-browser-storage
            putString("display_name", displayName)
        }
    }

    fun rememberDevice(pushToken: String, locale: String) {
        with(prefs.edit()) {
            // safe: jwt-in-browser-storage
            putString("fcm_token", pushToken)
            // safe: jwt-in-browser-storage
            putString("locale", locale)
            apply()
        }
    }

    var idToken: String?
        get() = prefs.getString("id_token", null)
        set(value) {
            Log.d(TAG, "id token rotated")
            // expect: jwt-in-browser-storage
            prefs.edit().putString("id_token", value).apply()
        }

    fun forget() = prefs.edit { remove(PREF_ACCESS_TOKEN); remove("refresh_token") }

    private companion object {
        const val TAG = "LedgerAuthStore"
        const val PREF_ACCESS_TOKEN = "access_token"
    }
}

class LedgerTokenDataStore(private val store: DataStore<Preferences>) {
    suspend fun save(access: String, theme: String) {
        store.edit { settings ->
            // expect: jwt-in-browser-storage
            settings[stringPreferencesKey("access_token")] = access
            // safe: jwt-in-browser-storage
            settings[stringPreferencesKey("theme")] = theme
        }
    }
}

class LedgerSecureStore(private val context: Context) {
    private val vault by lazy {
        EncryptedSharedPreferences.create(
            context, "ledger_vault",
            MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build(),
            EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
            EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
        )
    }

    fun save(access: String) {
        // safe: jwt-in-browser-storage
        vault.edit { putString("access_token", access) }
    }
}
