using AfterSales.Application.Abstractions;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using AfterSales.Domain.Files;

namespace AfterSales.Application.Files.Start;

/// <summary>X-6: an upload begins with what the file will be; its bytes follow in chunks.</summary>
public sealed record StartUpload(string FileName, string ContentType, long Length, string Sha256) : ICommand<FileUploadResponse>;

public sealed class StartUploadValidator : AbstractValidator<StartUpload>
{
    public StartUploadValidator()
    {
        RuleFor(command => command.FileName).NotEmpty().MaximumLength(255);
        RuleFor(command => command.ContentType).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Length).GreaterThan(0);
        RuleFor(command => command.Sha256).NotEmpty().Length(64).Matches("^[0-9a-fA-F]{64}$").WithMessage("sha256 is the file's SHA-256 as 64 hexadecimal digits.");
    }
}

public sealed class StartUploadHandler(IAfterSalesDbContext db, IOptions<FilesOptions> options, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<StartUpload, FileUploadResponse>
{
    public async ValueTask<FileUploadResponse> Handle(StartUpload command, CancellationToken cancellationToken)
    {
        var upload = FileUpload.Start(command.FileName, command.ContentType, command.Length, command.Sha256, options.Value.MaxBytes, user.UserName, clock);
        db.FileUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return FileUploadResponse.Of(upload);
    }
}
