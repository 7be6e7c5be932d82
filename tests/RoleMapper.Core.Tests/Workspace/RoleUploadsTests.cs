using Moq;
using static RoleMapper.TestSupport.Matchers;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// A role file imported through a preview (Core's <see cref="RoleUploads"/>, as the upload and preview pages use it):
/// read once, kept as read, saved in one transaction.
/// </summary>
public abstract class RoleUploadsTests(DatabaseProvider provider) : WorkspaceTest(provider)
{
    public sealed class OnSqlite() : RoleUploadsTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : RoleUploadsTests(DatabaseProvider.Postgres);

    private const string File = "Job title,Service area,Headcount,Grade\nSoftware Developer,ICT,4,H7\nSocial Worker,Children,2,\n,Finance,1,\nCook,Schools,3,\n";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task Keep_ThePreviewIsKeptAsRead_AndShownAgainWithoutReadingTheFile()
    {
        await using var workspace = Database.WorkspaceFor(Council);

        var kept = await workspace.Uploads.KeepAsync(Stream(File), "roles.csv", "user-1", default);
        var found = await Database.WorkspaceFor(Council).Uploads.FindAsync(kept.Id!.Value, default);

        Assert.NotNull(found);
        Assert.Equal(Describe(kept.Preview), Describe(found.Preview));
        Assert.Equal((4, 3, 1), (found.Preview.Rows.Count, found.Preview.ImportableCount, found.Preview.ErrorRowCount));
        Assert.Equal(3, found.Changes.NewCount);
        // What is kept is the reading, not the file: the file's bytes are nowhere in it.
        var stored = await Database.ContextFor(Council).RoleUploads.AsNoTracking().SingleAsync();
        Assert.Equal(RoleFilePreviewJson.Write(kept.Preview), stored.Preview);
        Assert.DoesNotContain("Job title,Service area", System.Text.Encoding.UTF8.GetString(stored.Preview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_AFileTheReaderRefuses_IsNotKept()
    {
        await using var workspace = Database.WorkspaceFor(Council);

        var kept = await workspace.Uploads.KeepAsync(Stream(""), "roles.csv", "user-1", default);

        Assert.Null(kept.Id);
        Assert.Equal(RoleFileMessages.Empty, kept.Preview.FileError);
        Assert.Equal(0, await Database.ContextFor(Council).RoleUploads.CountAsync());
    }

    [Fact]
    public async Task SaveRoles_SavesTheGoodRowsWithSuggestions_UpdatesRolesSavedMeanwhile_AndForgetsTheUpload()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116"));
        await using var workspace = Database.WorkspaceFor(Council);
        var id = (await workspace.Uploads.KeepAsync(Stream(File), "roles.csv", "user-1", default)).Id!.Value;
        await workspace.Roles.AddAsync([new RoleDetails("cook") { ServiceArea = "SCHOOLS" }], "someone else", default);

        var saved = await workspace.Uploads.SaveRolesAsync(id, RolesNotInFile.Keep, "pat@Council.example", default);

        Assert.NotNull(saved);
        Assert.Equal(("roles.csv", 4, 1, 1), (saved.FileName, saved.Roles.Rows, saved.Roles.Updated, saved.Roles.Skipped));
        Assert.Equal(["Software Developer", "Social Worker"], saved.Roles.Added.Select(r => r.Title));
        await using var check = Database.ContextFor(Council);
        Assert.Equal("ST0116", (await check.JobRoles.SingleAsync(r => r.Title == "Software Developer")).SuggestedReference);
        // The cook saved meanwhile is the file's cook: updated, not doubled.
        var cook = await check.JobRoles.SingleAsync(r => r.ServiceArea == "SCHOOLS");
        Assert.Equal(("cook", 3), (cook.Title, cook.Headcount));
        Assert.Equal(3, await check.JobRoles.CountAsync());
        Assert.Equal(0, await check.RoleUploads.CountAsync());
        Assert.Null(await workspace.Uploads.SaveRolesAsync(id, RolesNotInFile.Keep, "pat@Council.example", default));
    }

    [Fact]
    public async Task SaveRoles_TheMatcherFailsPartWay_NothingIsHalfWritten_AndTheUploadIsKept()
    {
        Matcher.Setup(m => m.Match("Social Worker", It.IsAny<MatchOptions?>())).Throws(new InvalidOperationException("The index went away."));
        int id;
        await using (var workspace = Database.WorkspaceFor(Council))
        {
            id = (await workspace.Uploads.KeepAsync(Stream(File), "roles.csv", "user-1", default)).Id!.Value;
        }

        await using (var workspace = Database.WorkspaceFor(Council))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => workspace.Uploads.SaveRolesAsync(id, RolesNotInFile.Keep, "pat@Council.example", default));
        }

        await using var check = Database.ContextFor(Council);
        Assert.Equal(0, await check.JobRoles.CountAsync());
        Assert.Equal(id, (await check.RoleUploads.SingleAsync()).Id);
        // Once the matcher is back, the same upload saves.
        Matcher.Setup(m => m.Match("Social Worker", It.IsAny<MatchOptions?>())).Returns(new MatchResult("Social Worker", []));
        await using var again = Database.WorkspaceFor(Council);
        Assert.Equal(3, (await again.Uploads.SaveRolesAsync(id, RolesNotInFile.Keep, "pat@Council.example", default))!.Roles.Added.Count);
    }

    [Fact]
    public async Task AnUploadPastItsHour_OrOfAnotherCouncil_IsNotFound()
    {
        int id;
        await using (var workspace = Database.WorkspaceFor(Council))
        {
            id = (await workspace.Uploads.KeepAsync(Stream(File), "roles.csv", "user-1", default)).Id!.Value;
        }
        await using var other = Database.WorkspaceFor(await Database.CouncilAsync());
        Assert.Null(await other.Uploads.FindAsync(id, default));
        Assert.Null(await other.Uploads.SaveRolesAsync(id, RolesNotInFile.Keep, "x", default));

        clock.Advance(RoleUpload.Lifetime + TimeSpan.FromSeconds(1));

        await using var mine = Database.WorkspaceFor(Council);
        Assert.Null(await mine.Uploads.FindAsync(id, default));
        // The next upload, by anyone, sweeps it away.
        await other.Uploads.KeepAsync(Stream(File), "theirs.csv", "user-2", default);
        Assert.Equal(["theirs.csv"], await Database.NewContext().RoleUploads.IgnoreQueryFilters().Select(u => u.FileName).ToListAsync());
    }

    [Fact]
    public async Task Cancel_ForgetsTheUpload()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var id = (await workspace.Uploads.KeepAsync(Stream(File), "roles.csv", "user-1", default)).Id!.Value;

        await workspace.Uploads.CancelAsync(id, default);

        Assert.Null(await workspace.Uploads.FindAsync(id, default));
    }

    private static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Everything a preview shows, as text, so two previews compare field by field.</summary>
    private static string Describe(RoleFilePreview p) => string.Join("\n",
        new[] { $"{p.FileName}|{p.FileError}|{p.SheetName}|{p.HeaderRowNumber}|{string.Join(";", p.FileWarnings)}" }
            .Concat(p.Columns.Select(c => $"{c.Field}|{c.Header}|{c.ColumnNumber}"))
            .Concat(p.Rows.Select(r => $"{r.RowNumber}|{r.Title}|{r.ServiceArea}|{r.Department}|{r.JobFamily}|{r.Grade}|{r.Headcount}|{r.Fte}|{r.Notes}|"
                + string.Join(";", r.Problems.Select(x => $"{x.Severity}:{x.Message}")))));
}
