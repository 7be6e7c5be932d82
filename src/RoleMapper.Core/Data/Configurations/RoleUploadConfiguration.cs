using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class RoleUploadConfiguration : IEntityTypeConfiguration<RoleUpload>
{
    public void Configure(EntityTypeBuilder<RoleUpload> builder)
    {
        builder.Property(u => u.FileName).HasMaxLength(RoleUploads.MaxFileNameLength);
        // The column kept the file itself before uploads were read once; its name stays so no data moves.
        builder.Property(u => u.Preview).HasColumnName("Content");
        // Expired uploads are swept by age.
        builder.HasIndex(u => u.CreatedUtc);
    }
}
