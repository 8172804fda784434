using System.Text;
using global::Bot.Channels.Zalo;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class ZaloSignatureTests
{
    private const string AppId = "360846524940903967";
    private const string Secret = "secret-key-123";
    private const string Timestamp = "1543908534740";
    private const string Body =
        """{"app_id":"360846524940903967","sender":{"id":"246845883529197922"},"recipient":{"id":"388613280878808645"},"event_name":"user_send_text","message":{"text":"Xin chào","msg_id":"96d3cdf3af150460909"},"timestamp":"1543908534740"}""";

    // Computed outside .NET: printf '%s' "$APP_ID$BODY$TIMESTAMP$SECRET" | sha256sum
    private const string KnownMac = "9ea0a8ab903d9cce7789f14acde9e4ccb52571cd9a2d7d904a56980e3fa5af4d";

    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Body);

    [Fact]
    public void ComputeMatchesTheIndependentlyComputedVector() =>
        Assert.Equal("mac=" + KnownMac, ZaloSignature.Compute(AppId, BodyBytes, Timestamp, Secret));

    [Theory]
    [InlineData("mac=" + KnownMac)]
    [InlineData("MAC=" + KnownMac)]
    [InlineData("  mac=" + KnownMac + "  ")]
    public void KnownVectorIsAccepted(string header) =>
        Assert.True(ZaloSignature.IsValid(header, AppId, BodyBytes, Timestamp, Secret));

    [Fact]
    public void UppercaseHexIsAccepted() =>
        Assert.True(ZaloSignature.IsValid("mac=" + KnownMac.ToUpperInvariant(), AppId, BodyBytes, Timestamp, Secret));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(KnownMac)]
    [InlineData("mac=")]
    [InlineData("mac=zz")]
    [InlineData("mac=" + KnownMac + "00")]
    [InlineData("mac=0ea0a8ab903d9cce7789f14acde9e4ccb52571cd9a2d7d904a56980e3fa5af4d")]
    public void MalformedOrWrongHeaderIsRejected(string? header) =>
        Assert.False(ZaloSignature.IsValid(header, AppId, BodyBytes, Timestamp, Secret));

    [Fact]
    public void ChangingAnyInputInvalidatesTheSignature()
    {
        var header = "mac=" + KnownMac;
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("Xin chào", "Xin chao", StringComparison.Ordinal));

        Assert.False(ZaloSignature.IsValid(header, AppId, tampered, Timestamp, Secret));
        Assert.False(ZaloSignature.IsValid(header, "360846524940903968", BodyBytes, Timestamp, Secret));
        Assert.False(ZaloSignature.IsValid(header, AppId, BodyBytes, "1543908534741", Secret));
        Assert.False(ZaloSignature.IsValid(header, AppId, BodyBytes, Timestamp, "secret-key-124"));
        Assert.False(ZaloSignature.IsValid(header, AppId, BodyBytes, null, Secret));
    }
}
