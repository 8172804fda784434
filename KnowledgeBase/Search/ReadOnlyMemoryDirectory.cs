using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Search;

/// <summary>
/// A published build read whole into memory, one array per file, for searching only. Lucene clones an input for every
/// postings list a query opens (a hundred or more per search); Lucene.Net's memory-mapped inputs clone by building
/// new buffer views, and <see cref="RAMDirectory"/> takes a lock on every 1 KB block it crosses. Here a clone is a
/// copy of three fields and a read is an array access. A build is about 25 MB.
/// </summary>
internal sealed class ReadOnlyMemoryDirectory : BaseDirectory
{
    private readonly Dictionary<string, byte[]> _files;

    private ReadOnlyMemoryDirectory(Dictionary<string, byte[]> files)
    {
        _files = files;
        SetLockFactory(NoLockFactory.GetNoLockFactory());
    }

    /// <summary>Reads every file of <paramref name="source"/>; the source can be closed afterwards.</summary>
    public static ReadOnlyMemoryDirectory Load(LuceneDirectory source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in source.ListAll())
        {
            using var input = source.OpenInput(name, IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            files[name] = bytes;
        }

        return new ReadOnlyMemoryDirectory(files);
    }

    public override string[] ListAll()
    {
        EnsureOpen();
        return [.. _files.Keys];
    }

    [Obsolete("Lucene marks this obsolete on Directory; kept for the abstract contract.")]
    public override bool FileExists(string name)
    {
        EnsureOpen();
        return _files.ContainsKey(name);
    }

    public override long FileLength(string name)
    {
        EnsureOpen();
        return File(name).LongLength;
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return new ArrayIndexInput(name, File(name));
    }

    public override void DeleteFile(string name) => throw ReadOnly();

    public override IndexOutput CreateOutput(string name, IOContext context) => throw ReadOnly();

    public override void Sync(ICollection<string> names) => throw ReadOnly();

    protected override void Dispose(bool disposing) => IsOpen = false;

    private byte[] File(string name) =>
        _files.TryGetValue(name, out var bytes) ? bytes : throw new FileNotFoundException($"{name} is not in this index build", name);

    private static NotSupportedException ReadOnly() => new("an opened index build is read-only");

    /// <summary>Reads one file's bytes. Clones share the array and keep their own position, as Lucene requires.</summary>
    private sealed class ArrayIndexInput : IndexInput
    {
        private readonly string _name;
        private readonly byte[] _bytes;
        private int _position;

        public ArrayIndexInput(string name, byte[] bytes)
            : base(name)
        {
            _name = name;
            _bytes = bytes;
        }

        // Object.MemberwiseClone is a slow runtime call; a constructor is an ordinary allocation.
        public override object Clone() => new ArrayIndexInput(_name, _bytes) { _position = _position };

        public override long Position => _position;

        public override long Length => _bytes.Length;

        public override void Seek(long pos)
        {
            if ((ulong)pos > (ulong)_bytes.Length)
            {
                throw new EndOfStreamException($"seek past the end of {this}: {pos} > {_bytes.Length}");
            }

            _position = (int)pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _bytes.Length)
            {
                throw new EndOfStreamException($"read past the end of {this}");
            }

            return _bytes[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > _bytes.Length - _position)
            {
                throw new EndOfStreamException($"read past the end of {this}");
            }

            Buffer.BlockCopy(_bytes, _position, b, offset, len);
            _position += len;
        }

        protected override void Dispose(bool disposing)
        {
            // The array belongs to the directory; nothing to release.
        }
    }
}
