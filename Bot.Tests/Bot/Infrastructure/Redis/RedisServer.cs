using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Tests.Bot.Infrastructure.Redis;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port, for one test class or one test. Optionally persistent
/// (append-only file in a temp folder, fsync on every write) so a kill and restart keeps the data.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string? _dataDirectory;
    private Process? _process;

    private RedisServer(bool persistent)
    {
        Port = FreePort();
        if (persistent)
        {
            _dataDirectory = Path.Combine(Path.GetTempPath(), "assistant-redis-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dataDirectory);
        }
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public static RedisServer Start(bool persistent = false)
    {
        var server = new RedisServer(persistent);
        try
        {
            server.Restart();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts (again) on the same port; with persistence the data written before <see cref="Kill"/> is reloaded.</summary>
    public void Restart()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("redis-server is already running");
        }

        var executable = FindExecutable()
            ?? throw new InvalidOperationException("redis-server is not installed: run `apt-get install -y redis-server` (.ci/run does).");
        var arguments = _dataDirectory is null
            ? $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no"
            : $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly yes --appendfsync always --dir \"{_dataDirectory}\"";
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilReady();
    }

    /// <summary>Kills the server abruptly (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Kill();
        if (_dataDirectory is not null && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private void WaitUntilReady()
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start with code {_process.ExitCode} (port {Port})");
            }

            try
            {
                // PING answers -LOADING while an append-only file is replayed: ready means +PONG.
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                using var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var buffer = new byte[64];
                var read = stream.Read(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException ex)
            {
                last = ex;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException($"redis-server on port {Port} was not ready within {StartTimeout}", last);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);
}

/// <summary>One Redis for a whole test class; tests isolate themselves with their own key prefix.</summary>
public sealed class RedisServerFixture : IDisposable
{
    public RedisServer Server { get; } = RedisServer.Start();

    public void Dispose() => Server.Dispose();
}
