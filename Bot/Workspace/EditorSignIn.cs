using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bot.Workspace;

/// <summary>What a sign-in attempt came to; the page words it, never telling which of name or password was wrong.</summary>
public enum EditorSignInResult
{
    Success,
    Failed,
    LockedOut,
}

/// <summary>The attempt's result and, on success, the account's name as configured.</summary>
public sealed record SignInAttempt(EditorSignInResult Result, string? EditorName = null);

/// <summary>
/// Checks a name and password against the configured accounts and locks a name after
/// <see cref="EditorLockoutOptions.MaxFailedAttempts"/> failures in a row for <see cref="EditorLockoutOptions.Duration"/>.
/// Unknown names cost the same hash computation and lock the same way, so timing and the lockout message do not tell
/// which names exist. Counters live in this process: with several instances an attacker gets N tries per instance,
/// still bounded, and a restart forgets them.
/// </summary>
public sealed class EditorSignIn
{
    // Unknown names are remembered too (so they lock like real ones), but never more than this many at once.
    private const int MaxTrackedNames = 10_000;

    private static readonly PasswordHasher<EditorAccount> Hasher = new();

    // Verified when the name is unknown, so the response takes as long as for a real account.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(new EditorAccount(), Guid.NewGuid().ToString("N")));

    private readonly EditorsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EditorSignIn> _logger;
    private readonly Dictionary<string, EditorAccount> _accounts;
    private readonly ConcurrentDictionary<string, FailureCount> _failures = new(StringComparer.Ordinal);

    public EditorSignIn(IOptions<EditorsOptions> options, TimeProvider time, ILogger<EditorSignIn> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _accounts = _options.Accounts.ToDictionary(a => Key(a.Name), a => a, StringComparer.Ordinal);
    }

    public bool HasAccounts => _accounts.Count > 0;

    public SignInAttempt Verify(string? name, string? password)
    {
        var key = Key(name ?? "");
        var now = _time.GetUtcNow();
        if (_failures.TryGetValue(key, out var failures) && failures.LockedUntil > now)
        {
            _logger.LogWarning("Editor sign-in refused: the account name is locked until {LockedUntil}", failures.LockedUntil);
            return new SignInAttempt(EditorSignInResult.LockedOut);
        }

        var known = _accounts.TryGetValue(key, out var account);
        var verified = Hasher.VerifyHashedPassword(account ?? new EditorAccount(), known ? account!.PasswordHash : DecoyHash.Value, password ?? "")
            is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
        if (known && verified && key.Length > 0)
        {
            _failures.TryRemove(key, out _);
            _logger.LogInformation("Editor {Editor} signed in", account!.Name);
            return new SignInAttempt(EditorSignInResult.Success, account.Name.Trim());
        }

        return RecordFailure(key, now);
    }

    private SignInAttempt RecordFailure(string key, DateTimeOffset now)
    {
        if (!_accounts.ContainsKey(key) && !_failures.ContainsKey(key) && _failures.Count >= MaxTrackedNames)
        {
            ForgetExpired(now);
        }

        if (!_accounts.ContainsKey(key) && _failures.Count >= MaxTrackedNames)
        {
            return new SignInAttempt(EditorSignInResult.Failed);
        }

        var lockout = _options.Lockout;
        var updated = _failures.AddOrUpdate(
            key,
            _ => FailureCount.First(now, lockout),
            (_, previous) => previous.Next(now, lockout));
        if (updated.LockedUntil > now)
        {
            _logger.LogWarning("Editor sign-in locked for {Duration} after {Failures} failed attempts", lockout.Duration, updated.Count);
            return new SignInAttempt(EditorSignInResult.LockedOut);
        }

        _logger.LogInformation("Editor sign-in failed ({Failures} of {Max})", updated.Count, lockout.MaxFailedAttempts);
        return new SignInAttempt(EditorSignInResult.Failed);
    }

    private void ForgetExpired(DateTimeOffset now)
    {
        foreach (var (key, count) in _failures)
        {
            if (count.LockedUntil <= now && count.LastFailure + _options.Lockout.Duration <= now)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();

    /// <summary>
    /// Failures in a row, each within <see cref="EditorLockoutOptions.Duration"/> of the one before; a lockout that
    /// has run out, or a pause that long, starts the count again (an editor's typo last week does not count today).
    /// </summary>
    private sealed record FailureCount(int Count, DateTimeOffset LastFailure, DateTimeOffset LockedUntil)
    {
        public static FailureCount First(DateTimeOffset now, EditorLockoutOptions lockout) => Lock(1, now, lockout);

        public FailureCount Next(DateTimeOffset now, EditorLockoutOptions lockout) =>
            (LockedUntil != DateTimeOffset.MinValue && LockedUntil <= now) || LastFailure + lockout.Duration <= now
                ? First(now, lockout)
                : Lock(Count + 1, now, lockout);

        private static FailureCount Lock(int count, DateTimeOffset now, EditorLockoutOptions lockout) =>
            new(count, now, count >= lockout.MaxFailedAttempts ? now + lockout.Duration : DateTimeOffset.MinValue);
    }
}
