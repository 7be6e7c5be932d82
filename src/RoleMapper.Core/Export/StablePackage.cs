using System.IO.Compression;
using System.Xml.Linq;

namespace RoleMapper.Core.Export;

/// <summary>
/// Makes a saved workbook's bytes depend only on its content, so the same map always gives the same file and a
/// SHA-256 of the file identifies its content. ClosedXML's package (through System.IO.Packaging) differs on every save
/// in three places, which this rewrites: each zip entry's time (now), the core properties part's name (a new GUID) and
/// the ids of the package's own relationships (random). Parts keep their content and order.
/// </summary>
internal static class StablePackage
{
    private const string RootRelationships = "_rels/.rels";
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesPart = CorePropertiesFolder + "core.psmdcp";
    private const string CorePropertiesType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The earliest time a zip entry can carry (MS-DOS dates start in 1980).</summary>
    private static readonly DateTime EarliestZipTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <param name="stampedAt">The time every entry carries, as the wall-clock time zip files store.</param>
    public static void Rewrite(Stream package, DateTime stampedAt, Stream output)
    {
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(stampedAt < EarliestZipTime ? EarliestZipTime : stampedAt,
            DateTimeKind.Unspecified), TimeSpan.Zero);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        // Written to memory first: a zip written straight to a stream that cannot seek takes another layout (data
        // descriptors), and the bytes must not depend on where they go.
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(StableName(entry.FullName), CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == RootRelationships)
                {
                    StableRootRelationships(from).Save(to, SaveOptions.DisableFormatting);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string StableName(string name) =>
        name.StartsWith(CorePropertiesFolder, StringComparison.Ordinal) ? CorePropertiesPart : name;

    /// <summary>The package's relationships numbered in order, the core properties pointing at their new name.</summary>
    private static XDocument StableRootRelationships(Stream xml)
    {
        var document = XDocument.Load(xml);
        var number = 0;
        foreach (var relationship in document.Root!.Elements(Relationships + "Relationship"))
        {
            relationship.SetAttributeValue("Id", $"rId{++number}");
            if ((string?)relationship.Attribute("Type") == CorePropertiesType)
            {
                relationship.SetAttributeValue("Target", "/" + CorePropertiesPart);
            }
        }
        return document;
    }
}
