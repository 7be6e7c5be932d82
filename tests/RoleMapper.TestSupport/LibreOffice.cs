using System.Diagnostics;

namespace RoleMapper.TestSupport;

/// <summary>
/// A real spreadsheet client: LibreOffice Calc, headless (Debian's libreoffice-calc-nogui, which test.sh installs when
/// missing), converting a file the way a council's own software would open and save it. Each conversion runs with a
/// private profile in its own folder, so parallel tests never share (or lock) LibreOffice's user installation.
/// </summary>
public static class LibreOffice
{
    /// <summary>Converts <paramref name="file"/> (named with its extension, e.g. "map.xlsx") to <paramref name="format"/> ("pdf", "xlsx").</summary>
    public static async Task<byte[]> ConvertAsync(byte[] content, string fileName, string format)
    {
        var soffice = Executable()
            ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed: run ./test.sh, or apt-get install -y libreoffice-calc-nogui.");
        var work = Directory.CreateTempSubdirectory("rolemapper-libreoffice-");
        try
        {
            var input = Path.Combine(work.FullName, "in", fileName);
            var output = Path.Combine(work.FullName, "out");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            await File.WriteAllBytesAsync(input, content);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    $"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri}",
                    "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", output, input,
                },
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var converted = Path.Combine(output, Path.ChangeExtension(fileName, format));
            if (process.ExitCode != 0 || !File.Exists(converted))
            {
                throw new InvalidOperationException(
                    $"LibreOffice could not convert {fileName} to {format} (exit {process.ExitCode}): {await stdout} {await stderr}");
            }
            return await File.ReadAllBytesAsync(converted);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string? Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
}
