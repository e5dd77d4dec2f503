namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11 (r2): everything that moves a part; <see cref="PartLifecycle"/> says from which statuses.</summary>
public enum PartStep
{
    FinanceApproval,
    DirectorApproval,
    BookOut,
    Fit,
    BookBackUnused,
    Withdraw,
}
