using System.Text;
using System.Text.Unicode;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// The encoding of a CSV. Excel's "CSV UTF-8" and most systems write UTF-8; Excel's plain "CSV" writes Windows-1252,
/// where "£" and curly quotes are single bytes that are not valid UTF-8. Byte order marks are honoured by CsvHelper.
/// </summary>
internal static class TextEncoding
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The encoding CsvHelper should be told about, or null to let it use the byte order mark or UTF-8.</summary>
    public static Encoding? Of(byte[] bytes) => HasUtf16Bom(bytes) || Utf8.IsValid(bytes) ? null : Windows1252;

    /// <summary>UTF-16 (and UTF-32) text, such as Excel's "Unicode Text", is full of NUL bytes yet is text.</summary>
    public static bool HasUtf16Bom(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
