namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>The bundled list of common council roles loads cleanly through the same reader as any upload.</summary>
public sealed class StarterCatalogueTests
{
    private static readonly string CataloguePath = RepoPaths.File("data", "council-roles.csv");

    [Fact]
    public void Catalogue_LoadsWithNoProblems()
    {
        using var file = File.OpenRead(CataloguePath);
        var preview = RoleFileReader.Read(file, "council-roles.csv");

        Assert.Null(preview.FileError);
        Assert.Empty(preview.FileWarnings);
        Assert.All(preview.Rows, r => Assert.Empty(r.Problems));
        Assert.Equal([RoleField.ServiceArea, RoleField.Title, RoleField.JobFamily], preview.Columns.Select(c => c.Field));
    }

    [Fact]
    public void Catalogue_IsBroadAndHasNoDuplicates()
    {
        var roles = StarterCatalogue.Load(CataloguePath);

        Assert.True(roles.Count >= 150, $"{roles.Count} roles");
        Assert.Equal(roles.Count, roles.Select(r => r.Key).Distinct().Count());
        Assert.True(roles.Select(r => r.ServiceArea).Distinct().Count() >= 15);
        Assert.All(roles, r => Assert.False(string.IsNullOrEmpty(r.JobFamily)));
        Assert.Contains(roles, r => r is { Title: "Refuse Driver (HGV)", ServiceArea: "Waste and Recycling" });
    }

    [Fact]
    public void Catalogue_IsCopiedBesideTheApp()
    {
        var copied = StarterCatalogue.Load();

        Assert.Equal(StarterCatalogue.Load(CataloguePath).Select(r => r.Key), copied.Select(r => r.Key));
    }
}
