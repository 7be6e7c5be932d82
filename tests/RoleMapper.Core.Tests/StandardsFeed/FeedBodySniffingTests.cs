using System.IO.Compression;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>
/// A feed body is what its bytes say, not what its headers say: a server (or a proxy, or a file host) can send a
/// .json.gz with no Content-Encoding header, and the same file must import over HTTP as it does from disk.
/// </summary>
public sealed class FeedBodySniffingTests : IAsyncLifetime
{
    private TestDatabase db = null!;
    private FeedServer server = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        server = await FeedServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task AGzipBodyWithoutAContentEncodingHeader_ImportsAsItDoesFromDisk()
    {
        var gzipped = await File.ReadAllBytesAsync(RepoPaths.SmallNewFeed);
        Assert.Equal([0x1F, 0x8B], gzipped[..2]);
        server.Answer(FeedServer.Json(gzipped));

        var run = await db.ImportAsync(server.FeedUrl.ToString());

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(62, run.Records);
    }

    [Fact]
    public async Task AGzipBodyInsideADeclaredGzipEncoding_IsUnpackedTwiceAsSent()
    {
        // A server that gzips an already gzipped file and says so: HttpClient removes the outer layer, the sniffing
        // the inner one.
        var gzipped = await File.ReadAllBytesAsync(RepoPaths.SmallNewFeed);
        using var twice = new MemoryStream();
        await using (var outer = new GZipStream(twice, CompressionLevel.Fastest, leaveOpen: true))
        {
            await outer.WriteAsync(gzipped);
        }
        server.Answer(async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(twice.ToArray());
        });

        var run = await db.ImportAsync(server.FeedUrl.ToString());

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
    }

    [Fact]
    public async Task ABinaryBody_IsDescribedInReadableCharacters()
    {
        server.Answer(FeedServer.Json([0x00, 0x01, 0x02, 0xFF, (byte)'[', (byte)']']));

        var run = await db.ImportAsync(server.FeedUrl.ToString());

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Equal("The feed is not a JSON array: the body starts with the bytes 00 01 02 FF 5B 5D, not text.", run.FailureReason);
    }

    [Fact]
    public async Task AText_BodyQuotesItsFirstCharacters()
    {
        server.Answer(FeedServer.Json("Service Unavailable\r\n"u8.ToArray()));

        var run = await db.ImportAsync(server.FeedUrl.ToString());

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Equal("The feed is not a JSON array: the body is text starting \"Service Unavailable\".", run.FailureReason);
    }
}
