using Microsoft.AspNetCore.Antiforgery;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/import: upload a CSV or Excel file of roles. A file the reader refuses (too big, wrong type, empty,
/// unreadable, no title column) gets its message here and nothing is kept. A readable one is read once and kept for an
/// hour (Core's <see cref="RoleUploads"/>), so the preview and the saving can be served by any web node, and the preview
/// opens.
/// The form reader takes at most <see cref="MaxRequestBytes"/> (the 5 MB file and the form around it); nothing more is
/// buffered or kept. Beyond that, up to <see cref="MaxDrainBytes"/> is read and thrown away so the browser, which is
/// still sending, gets the "larger than 5 MB" page rather than a reset connection; past that the connection is cut.
/// </summary>
[RequestSizeLimit(MaxDrainBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
// The form token is checked in the handler, after the size check: a too-big file then gets a message, not a bare 400.
[IgnoreAntiforgeryToken]
public sealed class ImportModel(RoleUploads uploads, IAntiforgery antiforgery) : PageModel
{
    /// <summary>The largest file plus room for the form's other fields and multipart headers.</summary>
    public const long MaxRequestBytes = RoleFileLimits.MaxBytes + 64 * 1024;
    /// <summary>How much of a too-big request is read and discarded so its sender can be told why.</summary>
    public const long MaxDrainBytes = 4L * RoleFileLimits.MaxBytes;
    public const string FileField = "File";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = Request.ContentLength > MaxRequestBytes
                ? throw new InvalidDataException("The request is larger than the form limit.")
                : await Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return await TooLargeAsync(ct);
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }
        if (form.Files.GetFile(FileField) is not { } file || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            ModelState.AddModelError(FileField, "Select a CSV or Excel file of your job roles.");
            return Page();
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }
        var name = Path.GetFileName(file.FileName);
        var kept = await uploads.KeepAsync(new MemoryStream(bytes), name, HttpContext.Features.Get<CouncilMembership>()!.UserId, ct);
        if (kept.Id is not { } id)
        {
            ModelState.AddModelError(FileField, kept.Preview.FileError!);
            return kept.Preview.TryAgainShortly ? TryAgainShortly() : Page();
        }
        return LocalRedirect($"/council/roles/import/{id}");
    }

    /// <summary>The page with its message, as 503 with Retry-After, so a script uploading files knows to wait and send again.</summary>
    private PageResult TryAgainShortly()
    {
        Response.Headers.RetryAfter = "60";
        var page = Page();
        page.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return page;
    }

    private async Task<IActionResult> TooLargeAsync(CancellationToken ct)
    {
        try
        {
            await Request.Body.CopyToAsync(Stream.Null, ct);
        }
        catch (BadHttpRequestException)
        {
            // Over MaxDrainBytes: Kestrel stops reading and closes the connection after this response.
        }
        // Model binding tried the form first and noted its own technical message; ours replaces it.
        ModelState.Clear();
        ModelState.AddModelError(FileField, RoleFileMessages.TooLarge());
        var page = Page();
        page.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return page;
    }
}
