using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// Bounded in-process queue between the webhook and the background processor, split into one partition per
/// worker. A user's events always land in the same partition, so each user is answered in order while different
/// users are answered in parallel.
/// </summary>
public sealed class ZaloEventInbox
{
    private readonly Channel<ZaloEvent>[] partitions;

    public ZaloEventInbox(IOptions<ZaloOptions> options)
    {
        var value = options.Value;
        var capacity = Math.Max(1, value.QueueCapacity / value.MaxConcurrency);
        partitions = new Channel<ZaloEvent>[value.MaxConcurrency];
        for (var i = 0; i < partitions.Length; i++)
        {
            partitions[i] = Channel.CreateBounded<ZaloEvent>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
            });
        }
    }

    public int PartitionCount => partitions.Length;

    /// <summary>Queues without waiting: the webhook must answer Zalo quickly. False when the partition is full.</summary>
    public bool TryEnqueue(ZaloEvent zaloEvent) => partitions[PartitionOf(zaloEvent.UserId)].Writer.TryWrite(zaloEvent);

    public ChannelReader<ZaloEvent> Reader(int partition) => partitions[partition].Reader;

    /// <summary>Stops accepting events; readers finish what is queued.</summary>
    public void Complete()
    {
        foreach (var partition in partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    private int PartitionOf(string userId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(userId) % (uint)partitions.Length);
}
