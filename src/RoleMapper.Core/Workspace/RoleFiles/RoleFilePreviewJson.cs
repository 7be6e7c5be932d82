using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// A <see cref="RoleFilePreview"/> as kept with an upload (<see cref="RoleUpload.Preview"/>): what was read, not what is
/// worked out from it (counts, keys), with enums by name so a kept preview reads the same after a release adds members.
/// </summary>
public static class RoleFilePreviewJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Write(RoleFilePreview preview) => JsonSerializer.SerializeToUtf8Bytes(preview, Options);

    public static RoleFilePreview Read(byte[] json) =>
        JsonSerializer.Deserialize<RoleFilePreview>(json, Options) ?? throw new JsonException("A kept role file preview is empty.");
}
