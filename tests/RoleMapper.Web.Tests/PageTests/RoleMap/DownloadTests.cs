using System.Globalization;
using RoleMapper.Core;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Tests.PageTests.RoleMap;

/// <summary>/role-map/download over real HTTP: the built-in sector role map and the real snapshot, as an Excel file.</summary>
[Collection(WebCollection.Name)]
public sealed class DownloadTests(HostFixture host)
{
    [Fact]
    public async Task Get_TheLinkOnRoleMap_DownloadsEveryRoleOfTheMapWithItsStandards()
    {
        var client = host.NewClient();
        var page = await client.GetPageAsync("/role-map");
        var link = page.One("[data-testid=role-map-download]")!;
        Assert.Equal("Download the map (Excel)", link.TextContent.Trim());

        var monthBefore = Month(host.Today);
        using var response = await client.GetAsync(link.GetAttribute("href"));
        var monthAfter = Month(host.Today);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        // Named for the UK month by the host's clock (either side of the request, should it cross midnight at a month's end).
        Assert.Contains(response.Content.Headers.ContentDisposition!.FileNameStar,
            new[] { monthBefore, monthAfter }.Select(m => $"Sector role map - {m}.xlsx"));
        var map = await host.Services.GetRequiredService<IRoleMapSource>().LoadAsync();
        using var file = ExportedMap.Open(bytes);
        Assert.Empty(file.Formulas());
        var rows = file.Rows("Role map");
        Assert.Equal(map.Count, rows.Count);
        var allocations = rows.Single(r => r["Service area"].GetString() == "Housing" && r["Role"].GetString() == "Allocations Officer");
        var mapped = map.Single(r => r.Id == "allocations-officer");
        Assert.Equal(mapped.Standards, new[] { 1, 2, 3 }.Select(n => allocations[$"Standard {n} reference"].GetString()).Where(s => s.Length > 0));
        Assert.All(Enumerable.Range(1, mapped.Standards.Count), n => Assert.NotEmpty(allocations[$"Standard {n} title"].GetString()));
        Assert.Equal("Yes", allocations["Fits a standard"].GetString());
        Assert.Equal(map.Count(r => r.FitsNoStandard), file.Column("Role map", "Fits a standard").Count(v => v == "No"));
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
