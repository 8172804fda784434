namespace KnowledgeBase.Facts;

/// <summary>A value and the channels it holds for ("Trực tiếp, Trực tuyến: 7 ngày làm việc").</summary>
public sealed record ChannelValue<T>(IReadOnlyList<string> Channels, T Value);

/// <summary>Channels with the same value merged into one line, in the catalogue's order.</summary>
public static class ChannelGroups
{
    public static IReadOnlyList<ChannelValue<T>> Of<T>(IReadOnlyList<string> channels, Func<string, T?> read, IEqualityComparer<T>? comparer = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(read);
        comparer ??= EqualityComparer<T>.Default;
        var groups = new List<(List<string> Channels, T Value)>();
        foreach (var channel in channels)
        {
            if (read(channel) is not { } value)
            {
                continue;
            }

            var existing = groups.FindIndex(g => comparer.Equals(g.Value, value));
            if (existing >= 0)
            {
                groups[existing].Channels.Add(channel);
            }
            else
            {
                groups.Add(([channel], value));
            }
        }

        return groups.Select(g => new ChannelValue<T>(g.Channels, g.Value)).ToArray();
    }
}
