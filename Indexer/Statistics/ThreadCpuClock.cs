using System.Globalization;

namespace Indexer.Statistics;

/// <summary>
/// CPU time of the calling thread alone, so a measurement leaves out what other threads of the process do meanwhile
/// (background GC, the runtime's own threads). Linux's <c>/proc/thread-self/schedstat</c> gives it in nanoseconds;
/// elsewhere, or without scheduler statistics, there is none.
/// </summary>
internal static class ThreadCpuClock
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan? Now()
    {
        try
        {
            // "<ns on CPU> <ns waiting to run> <time slices>"
            var text = File.ReadAllText(SchedStat);
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            return end > 0 && long.TryParse(text.AsSpan(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds)
                ? TimeSpan.FromTicks(nanoseconds / 100)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
