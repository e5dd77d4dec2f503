using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.SalesLeads;
using AutoMapper;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.SalesLeads.Record;

/// <summary>
/// WO-15: a customer intends to buy new equipment. A technician records it as themselves; the
/// dispatch desk may name the technician who found it, or none. <see cref="WorkOrderId"/> is the
/// customer's order during which it came up, if any.
/// </summary>
public sealed record RecordSalesLead(Guid? CustomerId, string Model, string Note, Guid? WorkOrderId, Guid? TechnicianId)
    : ICommand<SalesLeadResponse>;

public sealed class RecordSalesLeadValidator : AbstractValidator<RecordSalesLead>
{
    public RecordSalesLeadValidator()
    {
        RuleFor(command => command.CustomerId).NotEmpty();
        RuleFor(command => command.Model).NotEmpty().MaximumLength(SalesLead.ModelMaxLength);
        RuleFor(command => command.Note).NotEmpty().MaximumLength(SalesLead.NoteMaxLength);
    }
}

public sealed class RecordSalesLeadHandler(
    IAfterSalesDbContext db,
    ICurrentUser user,
    WorkOrderAccess orders,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RecordSalesLead, SalesLeadResponse>
{
    /// <summary>Roles that may record a lead on someone else's behalf; everyone else records as the technician they are.</summary>
    private static readonly string[] RecordForOthers = [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management];

    public async ValueTask<SalesLeadResponse> Handle(RecordSalesLead command, CancellationToken cancellationToken)
    {
        var customerId = command.CustomerId!.Value;
        if (!await db.Customers.AnyAsync(customer => customer.Id == customerId, cancellationToken))
        {
            throw Reference.Unknown("customerId", "customer", customerId);
        }

        var technicianId = TechnicianOf(command);
        if (technicianId is { } id && !await db.Technicians.AnyAsync(technician => technician.Id == id, cancellationToken))
        {
            throw Reference.Unknown("technicianId", "technician", id);
        }

        if (command.WorkOrderId is { } workOrderId)
        {
            var order = await db.WorkOrders
                .Where(candidate => candidate.Id == workOrderId && candidate.CustomerId == customerId)
                .Select(candidate => new { candidate.TechnicianId, candidate.Team })
                .FirstOrDefaultAsync(cancellationToken);
            if (order is null || !await orders.SeesAsync(order.TechnicianId, order.Team, cancellationToken))
            {
                throw Reference.Unknown("workOrderId", "work order of this customer", workOrderId);
            }
        }

        var lead = SalesLead.Record(customerId, technicianId, command.WorkOrderId, command.Model, command.Note, user.UserName, clock);
        db.SalesLeads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SalesLeadResponse>(lead);
    }

    private Guid? TechnicianOf(RecordSalesLead command)
    {
        if (RecordForOthers.Any(user.IsInRole))
        {
            return command.TechnicianId ?? user.TechnicianId;
        }

        // A technician's lead is always their own: it is what sales will credit them with.
        if (user.TechnicianId is not { } own)
        {
            throw InvalidTechnician("The access token names no technician to record the lead for.");
        }

        if (command.TechnicianId is { } named && named != own)
        {
            throw InvalidTechnician("A technician records leads as themselves.");
        }

        return own;
    }

    private static ValidationException InvalidTechnician(string message) =>
        new([new ValidationFailure("technicianId", message)]);
}
