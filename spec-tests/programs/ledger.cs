// A bank-ledger simulation: customers and accounts, a year of transactions generated from a
// seeded Random(42), decimal arithmetic with banker's and away-from-zero rounding, overdraft
// rules enforced with exceptions, interest, and LINQ reports (GroupBy, OrderBy/ThenBy, Join,
// Sum, Average, Min/Max, Aggregate) printed as aligned tables with invariant formats.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;

namespace Ledger;

enum AccountKind { Checking, Savings, Business }
enum TxKind { Deposit, Withdrawal, TransferIn, TransferOut, Fee, Interest }

record Customer(int Id, string Name, string City);

record Transaction(int Seq, int Day, int AccountId, TxKind Kind, decimal Amount, string Memo)
{
    public decimal Signed => Kind is TxKind.Deposit or TxKind.TransferIn or TxKind.Interest ? Amount : -Amount;
}

class InsufficientFundsException : Exception
{
    public decimal Shortfall { get; }
    public InsufficientFundsException(int account, decimal shortfall)
        : base($"Account {account} is short by {shortfall.ToString("N2", CultureInfo.InvariantCulture)}") => Shortfall = shortfall;
}

class AccountFrozenException(int account) : InvalidOperationException($"Account {account} is frozen");

interface IInterestPolicy
{
    decimal MonthlyInterest(decimal balance);
    string Describe();
}

sealed class FlatRate(decimal annualPercent) : IInterestPolicy
{
    public decimal MonthlyInterest(decimal balance) => balance <= 0 ? 0m : Math.Round(balance * annualPercent / 100m / 12m, 2, MidpointRounding.ToEven);
    public string Describe() => $"flat {annualPercent}%";
}

sealed class TieredRate : IInterestPolicy
{
    private readonly (decimal Threshold, decimal Percent)[] tiers = { (0m, 0.5m), (1000m, 1.25m), (5000m, 2.1m) };
    public decimal MonthlyInterest(decimal balance)
    {
        if (balance <= 0) return 0m;
        decimal pct = tiers.Where(t => balance >= t.Threshold).Select(t => t.Percent).DefaultIfEmpty(0m).Max();
        return Math.Round(balance * pct / 1200m, 2, MidpointRounding.AwayFromZero);
    }
    public string Describe() => "tiered " + string.Join("/", tiers.Select(t => $"{t.Percent}%@{t.Threshold:N0}"));
}

sealed class Account
{
    public int Id { get; }
    public Customer Owner { get; }
    public AccountKind Kind { get; }
    public decimal Balance { get; private set; }
    public decimal OverdraftLimit { get; }
    public bool Frozen { get; set; }
    public IInterestPolicy? Interest { get; }
    public List<Transaction> History { get; } = new();

    public Account(int id, Customer owner, AccountKind kind, decimal opening, decimal overdraft, IInterestPolicy? interest)
    {
        Id = id; Owner = owner; Kind = kind; Balance = opening; OverdraftLimit = overdraft; Interest = interest;
    }

    public void Apply(Transaction tx)
    {
        if (Frozen && tx.Kind is not (TxKind.Interest or TxKind.Deposit)) throw new AccountFrozenException(Id);
        decimal next = Balance + tx.Signed;
        if (next < -OverdraftLimit) throw new InsufficientFundsException(Id, -OverdraftLimit - next);
        Balance = next;
        History.Add(tx);
    }
}

sealed class Bank
{
    private readonly Dictionary<int, Account> accounts = new();
    private readonly List<Transaction> journal = new();
    private readonly List<(int Day, int Account, string Error)> rejected = new();
    private int seq;

    public IReadOnlyList<Transaction> Journal => journal;
    public IEnumerable<Account> Accounts => accounts.Values.OrderBy(a => a.Id);
    public IReadOnlyList<(int Day, int Account, string Error)> Rejected => rejected;

    public void Open(Account a) => accounts.Add(a.Id, a);
    public Account this[int id] => accounts.TryGetValue(id, out var a) ? a : throw new KeyNotFoundException($"No account {id}");

    public bool Post(int day, int accountId, TxKind kind, decimal amount, string memo)
    {
        try
        {
            var tx = new Transaction(++seq, day, accountId, kind, decimal.Round(amount, 2), memo);
            this[accountId].Apply(tx);
            journal.Add(tx);
            return true;
        }
        catch (Exception e) when (e is InsufficientFundsException or AccountFrozenException or KeyNotFoundException)
        {
            rejected.Add((day, accountId, e.GetType().Name + ": " + e.Message));
            return false;
        }
    }

    public bool Transfer(int day, int from, int to, decimal amount)
    {
        if (!Post(day, from, TxKind.TransferOut, amount, $"to {to}")) return false;
        if (Post(day, to, TxKind.TransferIn, amount, $"from {from}")) return true;
        // Roll back the debit with a compensating deposit.
        Post(day, from, TxKind.Deposit, amount, "reversal");
        return false;
    }
}

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static string Money(decimal d) => d < 0 ? "(" + (-d).ToString("#,##0.00", Inv) + ")" : d.ToString("#,##0.00", Inv) + " ";

    static void Rule(char c = '-') => Console.WriteLine(new string(c, 72));

    static void Main()
    {
        var customers = new List<Customer>
        {
            new(1, "Ada Lovelace", "London"), new(2, "Alan Turing", "Manchester"), new(3, "Grace Hopper", "New York"),
            new(4, "Edsger Dijkstra", "Austin"), new(5, "Barbara Liskov", "Boston"), new(6, "Ken Thompson", "New York"),
        };
        var bank = new Bank();
        var rng = new Random(42);
        int nextId = 100;
        foreach (var c in customers)
        {
            int n = 1 + rng.Next(3);
            for (int k = 0; k < n; k++)
            {
                var kind = (AccountKind)rng.Next(3);
                decimal opening = rng.Next(50, 5000) + rng.Next(100) / 100m;
                IInterestPolicy? policy = kind switch
                {
                    AccountKind.Savings => new TieredRate(),
                    AccountKind.Business => new FlatRate(0.75m),
                    _ => null,
                };
                bank.Open(new Account(nextId++, c, kind, opening, kind == AccountKind.Business ? 2500m : kind == AccountKind.Checking ? 200m : 0m, policy));
            }
        }
        var ids = bank.Accounts.Select(a => a.Id).ToArray();
        Console.WriteLine($"{customers.Count} customers, {ids.Length} accounts: {string.Join(" ", ids)}");

        string[] memos = { "groceries", "rent", "salary", "coffee", "books", "travel", "refund", "utilities" };
        int posted = 0, failedTransfers = 0;
        for (int day = 1; day <= 360; day++)
        {
            int count = rng.Next(0, 4);
            for (int k = 0; k < count; k++)
            {
                int acct = ids[rng.Next(ids.Length)];
                double roll = rng.NextDouble();
                decimal amount = Math.Round((decimal)(rng.NextDouble() * 900 + 1), 2);
                string memo = memos[rng.Next(memos.Length)];
                bool ok = roll switch
                {
                    < 0.40 => bank.Post(day, acct, TxKind.Deposit, amount, memo),
                    < 0.80 => bank.Post(day, acct, TxKind.Withdrawal, amount, memo),
                    < 0.97 => bank.Transfer(day, acct, ids[rng.Next(ids.Length)], amount / 2) || (failedTransfers++ < 0),
                    _ => bank.Post(day, acct + (rng.Next(2) == 0 ? 0 : 1000), TxKind.Fee, 15m, "service fee"),
                };
                if (ok) posted++;
            }
            if (day == 120) bank[ids[2]].Frozen = true;
            if (day == 240) bank[ids[2]].Frozen = false;
            if (day % 30 == 0)
            {
                foreach (var a in bank.Accounts)
                {
                    if (a.Interest is { } p && p.MonthlyInterest(a.Balance) is var i and > 0m)
                        bank.Post(day, a.Id, TxKind.Interest, i, $"interest m{day / 30}");
                    if (a.Kind == AccountKind.Checking && a.Balance < 0) bank.Post(day, a.Id, TxKind.Fee, 25m, "overdraft fee");
                }
            }
        }
        Console.WriteLine($"posted {posted} operations, journal {bank.Journal.Count} entries, rejected {bank.Rejected.Count}, failed transfers {failedTransfers}");

        Rule('=');
        Console.WriteLine("{0,-5}{1,-18}{2,-10}{3,14}{4,8}{5,16}", "Id", "Owner", "Kind", "Balance", "Tx", "Interest");
        Rule();
        foreach (var a in bank.Accounts)
            Console.WriteLine(string.Format(Inv, "{0,-5}{1,-18}{2,-10}{3,14}{4,8}{5,16}", a.Id, a.Owner.Name, a.Kind, Money(a.Balance), a.History.Count,
                a.Interest?.Describe() is string s ? (s.Length > 15 ? s[..15] : s) : "-"));
        Rule();
        decimal total = bank.Accounts.Sum(a => a.Balance);
        Console.WriteLine(string.Format(Inv, "{0,-33}{1,14}", "Total deposits held", Money(total)));

        Console.WriteLine();
        Console.WriteLine("By customer (Join + GroupBy):");
        var byCustomer = customers
            .Join(bank.Accounts, c => c.Id, a => a.Owner.Id, (c, a) => new { c.Name, c.City, a.Balance, Count = a.History.Count })
            .GroupBy(x => new { x.Name, x.City })
            .Select(g => new { g.Key.Name, g.Key.City, Accounts = g.Count(), Total = g.Sum(x => x.Balance), Tx = g.Sum(x => x.Count) })
            .OrderByDescending(x => x.Total).ThenBy(x => x.Name);
        foreach (var x in byCustomer)
            Console.WriteLine(string.Format(Inv, "  {0,-16} {1,-11} {2} acct {3,12:N2} {4,5} tx", x.Name, x.City, x.Accounts, x.Total, x.Tx));

        Console.WriteLine("By city:");
        foreach (var g in customers.GroupJoin(bank.Accounts, c => c.Id, a => a.Owner.Id, (c, accts) => (c.City, Sum: accts.Sum(a => a.Balance)))
                     .GroupBy(t => t.City).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Format(Inv, "  {0,-12}{1,14:C}{2,10:P1}", g.Key, g.Sum(t => t.Sum), total == 0 ? 0 : g.Sum(t => t.Sum) / total));

        Console.WriteLine();
        Console.WriteLine("By transaction kind:");
        Console.WriteLine("  {0,-12}{1,7}{2,14}{3,12}{4,10}{5,10}", "Kind", "Count", "Total", "Average", "Min", "Max");
        foreach (var g in bank.Journal.GroupBy(t => t.Kind).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Format(Inv, "  {0,-12}{1,7}{2,14:N2}{3,12:F3}{4,10:0.00}{5,10:0.00}",
                g.Key, g.Count(), g.Sum(t => t.Amount), g.Average(t => t.Amount), g.Min(t => t.Amount), g.Max(t => t.Amount)));
        }

        Console.WriteLine();
        Console.WriteLine("Monthly net flow:");
        var monthly = bank.Journal.GroupBy(t => (t.Day - 1) / 30 + 1)
            .Select(g => (Month: g.Key, In: g.Where(t => t.Signed > 0).Sum(t => t.Signed), Out: g.Where(t => t.Signed < 0).Sum(t => t.Signed)))
            .OrderBy(m => m.Month).ToList();
        decimal running = 0;
        foreach (var m in monthly)
        {
            running += m.In + m.Out;
            int bar = (int)Math.Min(40, Math.Abs(m.In + m.Out) / 250m);
            Console.WriteLine(string.Format(Inv, "  M{0:00} in {1,10:N2} out {2,11:N2} net {3,10:+#,##0.00;-#,##0.00;0.00} cum {4,11:N2} {5}",
                m.Month, m.In, m.Out, m.In + m.Out, running, new string(m.In + m.Out >= 0 ? '+' : '-', bar)));
        }

        Console.WriteLine();
        Console.WriteLine("Top 5 withdrawals (OrderByDescending, ThenBy seq):");
        foreach (var t in bank.Journal.Where(t => t.Kind == TxKind.Withdrawal).OrderByDescending(t => t.Amount).ThenBy(t => t.Seq).Take(5))
            Console.WriteLine(string.Format(Inv, "  #{0,-5} day {1,3} acct {2} {3,10:N2} {4}", t.Seq, t.Day, t.AccountId, t.Amount, t.Memo));

        Console.WriteLine("Memo frequency:");
        Console.WriteLine("  " + string.Join(", ", bank.Journal.GroupBy(t => t.Memo.Split(' ')[0])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")));

        Console.WriteLine("Rejected operations (first 8 of " + bank.Rejected.Count + "):");
        foreach (var r in bank.Rejected.Take(8)) Console.WriteLine($"  day {r.Day,3} acct {r.Account,4}: {r.Error}");
        var rejectTypes = bank.Rejected.GroupBy(r => r.Error.Substring(0, r.Error.IndexOf(':'))).OrderBy(g => g.Key, StringComparer.Ordinal);
        Console.WriteLine("  " + string.Join("; ", rejectTypes.Select(g => $"{g.Key} x{g.Count()}")));

        Console.WriteLine();
        Console.WriteLine("Consistency checks:");
        foreach (var a in bank.Accounts.Take(4))
        {
            decimal opening = a.Balance - a.History.Sum(t => t.Signed);
            decimal replay = a.History.Aggregate(opening, (bal, t) => bal + t.Signed);
            decimal lowest = a.History.Aggregate((Bal: opening, Min: opening), (acc, t) => (acc.Bal + t.Signed, Math.Min(acc.Min, acc.Bal + t.Signed))).Min;
            Console.WriteLine(string.Format(Inv, "  {0}: opening {1,10:N2} replay {2} lowest {3,10:N2} last day {4}",
                a.Id, opening, replay == a.Balance ? "ok" : "MISMATCH", lowest, a.History.Count == 0 ? 0 : a.History.Max(t => t.Day)));
        }
        var sb = new StringBuilder();
        foreach (var kind in Enum.GetValues<AccountKind>())
        {
            var list = bank.Accounts.Where(a => a.Kind == kind).ToList();
            sb.AppendFormat(Inv, "{0}: n={1} avg={2:F2} ", kind, list.Count, list.Count == 0 ? 0m : list.Average(a => a.Balance));
        }
        Console.WriteLine("  " + sb.ToString().TrimEnd());

        Console.WriteLine();
        PrintStatement(bank[ids[2]], 14);
        PrintStatement(bank[ids[^1]], 6);

        Console.WriteLine();
        Console.WriteLine("Generic math (INumber<T>):");
        Console.WriteLine($"  decimal total {Total(bank.Accounts.Select(a => a.Balance)):N2}, int tx count {Total(bank.Accounts.Select(a => a.History.Count))}, double {Total(new[] { 0.1, 0.2, 0.3 })}");
        Console.WriteLine($"  largest balance {Largest(bank.Accounts.Select(a => a.Balance)):N2}, largest day {Largest(bank.Journal.Select(t => t.Day))}");
        // Compound growth of every balance at 7% a year for 60 years, in exact integer cents.
        BigInteger cents = Total(bank.Accounts.Select(a => new BigInteger(a.Balance * 100m)));
        for (int year = 0; year < 60; year++) cents = cents * 107 / 100;
        Console.WriteLine($"  60 years at 7%: {cents / 100}.{BigInteger.Abs(cents % 100):00} ({cents.ToString().Length} digits in cents), even={BigInteger.IsEvenInteger(cents)}");
        Console.WriteLine($"  powers: {Power<BigInteger>(3, 80)} {Power<decimal>(1.01m, 12)} {Power(2L, 62)}");
        Console.WriteLine();
        Console.WriteLine("Decimal corner cases:");
        decimal third = 1m / 3m;
        Console.WriteLine($"  1/3 = {third}  *3 = {third * 3}  round2 = {Math.Round(third, 2)}");
        Console.WriteLine($"  2.345 ToEven {Math.Round(2.345m, 2)} AwayFromZero {Math.Round(2.345m, 2, MidpointRounding.AwayFromZero)} ToZero {Math.Round(-2.349m, 2, MidpointRounding.ToZero)}");
        Console.WriteLine($"  scale kept: {1.10m + 2.205m} {1.5m * 2.00m} {10m / 4m} {decimal.Parse("0012.3400", Inv)}");
        Console.WriteLine($"  max {decimal.MaxValue:N0}");
        Console.WriteLine($"  parse/format: {decimal.Parse("-1,234.5", NumberStyles.Number, Inv):C} {12345.678m:E2} {0.05m:P0} {1234.5m:F0} {(-0.004m).ToString("F2", Inv)}");
        try
        {
            decimal big = decimal.MaxValue;
            big += 1m;
            Console.WriteLine("  no overflow?! " + big);
        }
        catch (OverflowException e) { Console.WriteLine("  " + e.GetType().Name + ": " + e.Message); }
        try { Console.WriteLine(bank[9999].Balance); }
        catch (KeyNotFoundException e) { Console.WriteLine("  " + e.Message); }
    }
    static void PrintStatement(Account a, int lines)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Statement for {a.Id} ({a.Owner.Name}, {a.Kind}), first {lines} of {a.History.Count} entries");
        sb.AppendLine(string.Format(Inv, "  {0,-4} {1,-5} {2,-12} {3,-14} {4,11} {5,12}", "Seq", "Day", "Kind", "Memo", "Amount", "Balance"));
        decimal balance = a.Balance - a.History.Sum(t => t.Signed);
        sb.AppendLine(string.Format(Inv, "  {0,-38} {1,24:N2}", "opening balance", balance));
        foreach (var t in a.History.Take(lines))
        {
            balance += t.Signed;
            string memo = t.Memo.Length > 14 ? t.Memo[..13] + "~" : t.Memo;
            sb.Append("  ").Append(t.Seq.ToString(Inv).PadRight(4)).Append(' ')
              .Append($"{t.Day,-5} {t.Kind,-12} {memo,-14} ")
              .Append(t.Signed.ToString("+0.00;-0.00", Inv).PadLeft(11)).Append(' ')
              .AppendLine(balance.ToString("N2", Inv).PadLeft(12));
        }
        var deposits = a.History.Where(t => t.Signed > 0).ToList();
        var debits = a.History.Where(t => t.Signed < 0).ToList();
        sb.AppendFormat(Inv, "  credits {0} ({1:N2}), debits {2} ({3:N2}), largest credit {4}, closing {5:N2}",
            deposits.Count, deposits.Sum(t => t.Amount), debits.Count, debits.Sum(t => t.Amount),
            deposits.MaxBy(t => t.Amount) is { } big ? $"#{big.Seq} {big.Amount}" : "none", a.Balance);
        Console.WriteLine(sb.ToString());
    }
    static T Total<T>(IEnumerable<T> values) where T : INumber<T>
    {
        T sum = T.Zero;
        foreach (var v in values) sum += v;
        return sum;
    }

    static T Largest<T>(IEnumerable<T> values) where T : INumber<T> => values.Aggregate(T.Zero, T.Max);

    static T Power<T>(T value, int exponent) where T : INumber<T>
    {
        T result = T.One;
        for (int i = 0; i < exponent; i++) result *= value;
        return result;
    }
}
