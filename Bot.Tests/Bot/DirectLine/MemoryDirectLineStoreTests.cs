using global::Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.DirectLine;

public sealed class MemoryDirectLineStoreTests : DirectLineStoreContract
{
    private MemoryDirectLineStore? _shared;

    // One process, one store: "another instance" of the memory store is the same object.
    protected override IDirectLineStore NewStore(int maxActivitiesPerConversation = 500) =>
        _shared ??= new MemoryDirectLineStore(
            Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = maxActivitiesPerConversation }), TimeProvider.System);
}
