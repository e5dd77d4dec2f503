using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Technicians.Property;

/// <summary>TE-4: company property handed to a technician.</summary>
public sealed record IssueProperty(PropertyKind? Kind, string Description, string AssetTag, DateOnly? IssuedOn, decimal OriginalPrice)
    : ICommand<TechnicianResponse>
{
    [JsonIgnore]
    public Guid TechnicianId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class IssuePropertyValidator : AbstractValidator<IssueProperty>
{
    public IssuePropertyValidator()
    {
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.Description).NotEmpty().MaximumLength(200);
        RuleFor(command => command.AssetTag).NotEmpty().MaximumLength(50);
        RuleFor(command => command.IssuedOn).NotNull();
        RuleFor(command => command.OriginalPrice).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
    }
}

public sealed class IssuePropertyHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<IssueProperty, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(IssueProperty command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.LoadForChangeAsync(command.TechnicianId, command.ExpectedVersion, cancellationToken);
        technician.IssueProperty(command.Kind!.Value, command.Description, command.AssetTag, command.IssuedOn!.Value, command.OriginalPrice, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
