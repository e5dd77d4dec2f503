using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Users;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Users.Technicians;

/// <summary>X-5: the user is the technician with this employee number; "own" records follow the link from then on.</summary>
public sealed record LinkUserToTechnician(string EmployeeNumber) : ICommand<UserResponse>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class LinkUserToTechnicianValidator : AbstractValidator<LinkUserToTechnician>
{
    public LinkUserToTechnicianValidator() => RuleFor(command => command.EmployeeNumber).NotEmpty().MaximumLength(20);
}

public sealed class LinkUserToTechnicianHandler(IUserAccounts accounts, IAfterSalesDbContext db, UserResponses responses)
    : ICommandHandler<LinkUserToTechnician, UserResponse>
{
    public async ValueTask<UserResponse> Handle(LinkUserToTechnician command, CancellationToken cancellationToken)
    {
        var user = await accounts.LoadForChangeAsync(command.UserId, command.ExpectedVersion, cancellationToken);
        var technician = await db.Technicians.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.EmployeeNumber == command.EmployeeNumber, cancellationToken)
            ?? throw Reference.Unknown("employeeNumber", "technician with employee number", command.EmployeeNumber);
        var technicianUser = await accounts.FindLinkedToAsync(technician.Id, cancellationToken);
        UserLinks.EnsureLinkable(user.UserName, user.TechnicianId, technician, technicianUser?.UserName);
        var linked = await accounts.LinkTechnicianAsync(user, technician.Id, cancellationToken);
        return await responses.ForAsync(linked, cancellationToken);
    }
}
