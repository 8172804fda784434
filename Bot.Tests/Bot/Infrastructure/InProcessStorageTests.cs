using System.Reflection;
using Bot.Conversation;
using Bot.Infrastructure;
using Bot.Infrastructure.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Bot.Tests.Bot.Infrastructure;

/// <summary>
/// The single-instance state store: a turn's unsaved changes must never leak into another turn, which is what
/// copying on every read and write guarantees; ETags guard concurrent writers as in the Bot Framework's storages.
/// </summary>
public sealed class InProcessStorageTests
{
    private readonly InProcessStorage _storage = new(Options.Create(new StateStoreOptions()), TimeProvider.System, NullLogger<InProcessStorage>.Instance);

    [Fact]
    public async Task ChangesAfterAWriteAreNotStoredUntilWrittenAgain()
    {
        var memory = new ConversationMemory { CurrentCode = "1.014064", PendingChoices = ["1.014064", "2.001194"] };
        await _storage.WriteAsync(State("c1", memory));

        memory.CurrentCode = "9.999999";
        memory.PendingChoices.Clear();

        var stored = await ReadMemoryAsync("c1");
        Assert.Equal("1.014064", stored.CurrentCode);
        Assert.Equal(["1.014064", "2.001194"], stored.PendingChoices);
    }

    [Fact]
    public async Task TwoReadsOfTheSameConversationDoNotShareObjects()
    {
        await _storage.WriteAsync(State("c1", new ConversationMemory { PendingChoices = ["1.001193"] }));

        var first = await ReadMemoryAsync("c1");
        first.PendingChoices.Add("1.000894");
        var second = await ReadMemoryAsync("c1");

        Assert.Equal(["1.001193"], second.PendingChoices);
    }

    [Theory]
    [InlineData(typeof(ConversationMemory))]
    [InlineData(typeof(UserMemory))]
    public void SnapshotCopiesEveryPropertyAndSharesNoCollection(Type stateType)
    {
        var original = Filled(stateType);

        var copy = ((IStateSnapshot)original).Snapshot();

        Assert.IsType(stateType, copy);
        Assert.Equal(JsonConvert.SerializeObject(original), JsonConvert.SerializeObject(copy));
        foreach (var property in stateType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType.IsGenericType))
        {
            Assert.NotSame(property.GetValue(original), property.GetValue(copy));
        }
    }

    [Fact]
    public async Task StateOfOtherTypesRoundTripsThroughJson()
    {
        var note = new Note { Text = "ghi chú", Tags = ["a"] };
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["note"] = note, ["count"] = 3 } });
        note.Tags.Add("b");

        var read = (IDictionary<string, object>)(await _storage.ReadAsync(["k"]))["k"];

        var copy = Assert.IsType<Note>(read["note"]);
        Assert.Equal("ghi chú", copy.Text);
        Assert.Equal(["a"], copy.Tags);
        Assert.Equal(3L, Convert.ToInt64(read["count"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StaleETagIsRefusedAndAnyETagOverwrites()
    {
        var item = new Note { Text = "v1" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["n"] = item });
        var fresh = (Note)(await _storage.ReadAsync(["n"]))["n"];
        var stale = new Note { Text = "stale", ETag = "0" };

        await _storage.WriteAsync(new Dictionary<string, object> { ["n"] = fresh });
        await Assert.ThrowsAsync<StateETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["n"] = stale }));
        await _storage.WriteAsync(new Dictionary<string, object> { ["n"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", ((Note)(await _storage.ReadAsync(["n"]))["n"]).Text);
    }

    [Fact]
    public async Task DeletedAndUnknownKeysAreAbsent()
    {
        await _storage.WriteAsync(State("c1", new ConversationMemory()));
        await _storage.DeleteAsync(["c1"]);

        Assert.Empty(await _storage.ReadAsync(["c1", "never-written"]));
    }

    private static Dictionary<string, object> State(string key, ConversationMemory memory) =>
        new() { [key] = new Dictionary<string, object> { [nameof(ConversationMemory)] = memory } };

    private async Task<ConversationMemory> ReadMemoryAsync(string key)
    {
        var state = (IDictionary<string, object>)(await _storage.ReadAsync([key]))[key];
        return Assert.IsType<ConversationMemory>(state[nameof(ConversationMemory)]);
    }

    // Every public settable property gets a non-default value, so a property the snapshot forgets shows in the JSON.
    private static object Filled(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            object filled = property.PropertyType switch
            {
                var t when t == typeof(string) => "x-" + property.Name,
                var t when t == typeof(List<string>) => new List<string> { "1.000001", "1.000002" },
                var t when t == typeof(List<HistoryTurn>) => new List<HistoryTurn> { new() { Role = "user", Text = "hỏi" } },
                var t when t == typeof(Aspect) => Aspect.Fee,
                var t => throw new InvalidOperationException($"add a value for {t.Name} {property.Name} to this test"),
            };
            property.SetValue(value, filled);
        }

        return value;
    }

    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";

        public List<string> Tags { get; set; } = [];

        public string? ETag { get; set; }
    }
}
