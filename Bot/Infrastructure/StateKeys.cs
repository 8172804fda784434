namespace Bot.Infrastructure;

/// <summary>What kind of bot state a storage key holds, so every store gives it the same lifetime.</summary>
internal static class StateKeys
{
    /// <summary>
    /// User state (<c>&lt;channel&gt;/users/&lt;id&gt;</c>, and private conversation state under it) outlives a
    /// conversation: it holds the citizen's preferences.
    /// </summary>
    public static bool IsUserState(string key) => key.Contains("/users/", StringComparison.Ordinal);
}
