using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>What an upload came to: the file's preview, and the kept upload's id when the file could be read.</summary>
public sealed record KeptUpload(RoleFilePreview Preview, int? Id);

/// <summary>A kept upload as its preview shows it: the file as read, compared with the council's roles as they are now.</summary>
public sealed record CheckedUpload(RoleFilePreview Preview, RoleFileChanges Changes);

/// <summary>What saving an upload's good rows did.</summary>
public sealed record SavedUpload(string FileName, ImportedRoles Roles);

/// <summary>
/// Importing a council's role file through a preview: the file is read once at upload and kept as its preview
/// (<see cref="RoleUpload"/>), shown row by row with what it changes, then its good rows are saved
/// (<see cref="RoleFileImport"/>: new roles added, saved ones updated) and the upload deleted, in one transaction. Another council's upload, or one past its <see cref="RoleUpload.Lifetime"/>, is not found.
/// </summary>
public sealed class RoleUploads(RoleMapperDbContext db, RoleFileImport import, RoleFileReading reading, TimeProvider clock)
{
    public const int MaxFileNameLength = 260;

    /// <summary>
    /// Reads the file. A readable file is kept for the preview (its id is returned);
    /// a file the reader refuses (too big, wrong type, empty, no title column) is not kept, and its preview says why.
    /// When this node is already reading as many files as it allows, nothing is read and the preview says to try again
    /// shortly (<see cref="RoleFileReading"/>).
    /// </summary>
    public async Task<KeptUpload> KeepAsync(Stream content, string fileName, string? userId, CancellationToken ct)
    {
        var council = db.CurrentOrganisationId ?? throw new InvalidOperationException("Role files are kept for a council: none is signed in.");
        var preview = reading.Read(council, content, fileName);
        if (!preview.IsReadable)
        {
            return new KeptUpload(preview, null);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - RoleUpload.Lifetime;
        // Every council's abandoned uploads, on purpose across the tenancy filter: nobody else would ever delete them.
        await db.RoleUploads.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .Where(u => u.CreatedUtc < expired).ExecuteDeleteAsync(ct);
        var upload = new RoleUpload
        {
            FileName = fileName.Length > MaxFileNameLength ? fileName[^MaxFileNameLength..] : fileName,
            Preview = RoleFilePreviewJson.Write(preview),
            CreatedUtc = now,
            CreatedByUserId = userId,
        };
        db.RoleUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return new KeptUpload(preview, upload.Id);
    }

    /// <summary>
    /// The kept preview, as read at upload, compared with the council's roles now; null when the council has no such
    /// upload or it expired.
    /// </summary>
    public async Task<CheckedUpload?> FindAsync(int id, CancellationToken ct) =>
        await FindUploadAsync(id, ct) is { } upload && Read(upload) is { } preview
            ? new CheckedUpload(preview, await import.CompareAsync(preview, ct))
            : null;

    /// <summary>
    /// Saves the upload's good rows (<see cref="RoleFileImport.SaveAsync"/>) and deletes the upload: all in one
    /// transaction, so a failure part-way changes no role and leaves the upload there to try again. With
    /// <see cref="RolesNotInFile.Remove"/>, saved roles the file does not name are removed, except those added since the
    /// upload, which the person was never shown. Null when the council has no such upload or it expired.
    /// </summary>
    public async Task<SavedUpload?> SaveRolesAsync(int id, RolesNotInFile notInFile, string? createdBy, CancellationToken ct)
    {
        if (await FindUploadAsync(id, ct) is not { } upload || Read(upload) is not { } preview)
        {
            return null;
        }
        return await db.InTransactionAsync(async () =>
        {
            db.RoleUploads.Remove(upload);
            var saved = await import.SaveAsync(preview, notInFile, createdBy, upload.CreatedUtc, ct);
            return new SavedUpload(preview.FileName, saved);
        }, ct);
    }

    /// <summary>Forgets the upload without saving anything.</summary>
    public Task CancelAsync(int id, CancellationToken ct) => db.RoleUploads.Where(u => u.Id == id).ExecuteDeleteAsync(ct);

    /// <summary>
    /// The kept preview; null for an upload kept by a release that kept the file itself, which is treated as gone (the
    /// person uploads again) rather than failing the page.
    /// </summary>
    private static RoleFilePreview? Read(RoleUpload upload)
    {
        try
        {
            return RoleFilePreviewJson.Read(upload.Preview);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<RoleUpload?> FindUploadAsync(int id, CancellationToken ct)
    {
        var expired = clock.GetUtcNow().UtcDateTime - RoleUpload.Lifetime;
        return db.RoleUploads.FirstOrDefaultAsync(u => u.Id == id && u.CreatedUtc >= expired, ct);
    }
}
