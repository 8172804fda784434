namespace KnowledgeBase.IO;

/// <summary>
/// Opens a file several hosts share, waiting while another one holds it: .NET takes an advisory lock (flock on Unix)
/// for FileShare.None, and a shared opener waits for an exclusive one to finish.
/// </summary>
public static class SharedFile
{
    private const int Attempts = 400;
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(25);

    /// <exception cref="IOException">The file stayed locked for about ten seconds.</exception>
    public static async Task<FileStream> OpenAsync(string path, FileMode mode, FileAccess access, FileShare share, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(path, mode, access, share, 4096, useAsync: true);
            }
            catch (IOException e) when (attempt < Attempts && e is not (FileNotFoundException or DirectoryNotFoundException))
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }
}
