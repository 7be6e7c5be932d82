using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>
/// The upload of issue 13: a 4 MB workbook that unpacks to 63 MB, sent by one council from eight threads at once. Each
/// upload is either read and refused at the row cap, or told to try again shortly (503, Retry-After): never an error,
/// never kept. The reading itself is bounded in Core (StreamingReadTests).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UploadLimitTests(HostFixture host)
{
    private static readonly Lazy<byte[]> ManyRows = new(() => HostileWorkbooks.ManyRows());

    [Fact]
    public async Task EightUploadsOfThe63MBWorkbookAtOnce_AreRefusedOrToldToTryAgain()
    {
        var council = await host.CouncilAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.SignedInAsync(council.AdminEmail)));

        var pages = await Task.WhenAll(clients.Select(async client =>
        {
            using var response = await client.UploadRolesAsync(ManyRows.Value, "roles.xlsx");
            return (response.StatusCode, response.Headers.RetryAfter, Page: await WebPage.ReadAsync("/council/roles/import", response));
        }));

        Assert.All(pages, p => Assert.True(
            p.StatusCode == HttpStatusCode.OK && p.Page.Errors.SequenceEqual([RoleFileMessages.TooManyRows()])
            || p.StatusCode == HttpStatusCode.ServiceUnavailable && p.Page.Errors.SequenceEqual([RoleFileMessages.Busy]) && p.RetryAfter is not null,
            $"{p.StatusCode}: {string.Join(" | ", p.Page.Errors)}"));
        Assert.Contains(pages, p => p.StatusCode == HttpStatusCode.OK);
        await using var db = host.CouncilContext(council);
        Assert.Empty(db.RoleUploads);
    }

    [Fact]
    public async Task AnUploadWhileTheCouncil_HasAFileBeingReadIsToldToTryAgainShortly()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var reading = host.Services.GetRequiredService<RoleFileReading>();
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var held = Task.Factory.StartNew(() => reading.Read(council.Id, new HeldStream(started, release), "first.csv"), TaskCreationOptions.LongRunning);
        started.Wait(TimeSpan.FromMinutes(1));

        var busy = await admin.UploadAndFollowAsync(Workspace.Csv(Workspace.SmallRoleFile), "roles.csv");
        using (var response = await admin.UploadRolesAsync(Workspace.Csv(Workspace.SmallRoleFile), "roles.csv"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter!.Delta);
        }
        release.Set();
        await held;
        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(Workspace.SmallRoleFile), "roles.csv");

        Assert.Equal([RoleFileMessages.Busy], busy.Errors);
        Assert.Equal("Check the roles before saving", preview.H1);
    }

    /// <summary>A file whose reader waits, after the first read, until released.</summary>
    private sealed class HeldStream(ManualResetEventSlim started, ManualResetEventSlim release) : MemoryStream("Job title\nCleaner\n"u8.ToArray())
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            started.Set();
            release.Wait();
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            started.Set();
            release.Wait();
            return base.Read(buffer);
        }
    }
}
