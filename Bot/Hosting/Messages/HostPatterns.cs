namespace Bot.Hosting.Messages;

/// <summary>Host names as an allow-list: exact names, or <c>*.example.com</c> for any subdomain of example.com.</summary>
public sealed class HostPatterns
{
    private readonly HashSet<string> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _suffixes = [];

    public HostPatterns(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var pattern in patterns.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                // Kept with its dot so "evilbotframework.com" does not match "*.botframework.com".
                _suffixes.Add(pattern[1..]);
            }
            else
            {
                _exact.Add(pattern);
            }
        }
    }

    public bool Matches(string host) =>
        _exact.Contains(host) || _suffixes.Exists(suffix => host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
}
