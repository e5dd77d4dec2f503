using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables.Deduct;

/// <summary>
/// WO-12 (r2): Finance records an amount of an overdue receivable actually taken from the technician's pay in a salary
/// month (<c>yyyy-MM</c>); once the customer pays, the total deducted is given back within the release period.
/// </summary>
public sealed record RecordSalaryDeduction(decimal? Amount, string? Month) : ICommand<ReceivableResponse>
{
    [JsonIgnore]
    public Guid ReceivableId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordSalaryDeductionValidator : AbstractValidator<RecordSalaryDeduction>
{
    public RecordSalaryDeductionValidator()
    {
        RuleFor(command => command.Amount).NotNull().GreaterThan(0).IsMoney();

        // A salary month is written as an assessment month is.
        RuleFor(command => command.Month).IsAssessmentMonth();
    }
}

public sealed class RecordSalaryDeductionHandler(
    IAfterSalesDbContext db,
    ICurrentUser user,
    CompanyCalendar calendar,
    IOptions<ReceivableOptions> options,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RecordSalaryDeduction, ReceivableResponse>
{
    public async ValueTask<ReceivableResponse> Handle(RecordSalaryDeduction command, CancellationToken cancellationToken)
    {
        var receivable = await db.Receivables.LoadForChangeAsync(command.ReceivableId, command.ExpectedVersion, cancellationToken);
        receivable.RecordDeduction(
            command.Amount!.Value, command.Month.ParsedMonth()!.Value.FirstDay, calendar.Today, options.Value.OverdueDays, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReceivableResponse>(receivable);
    }
}
