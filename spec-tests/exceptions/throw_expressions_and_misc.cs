// throw expressions, exceptions crossing lambdas and LINQ, exception Data, and catch variable scope.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Require(string? s) => s ?? throw new ArgumentNullException(nameof(s));
    static int Positive(int n) => n > 0 ? n : throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");

    static void Main()
    {
        Console.WriteLine(Require("ok"));
        try { Require(null); }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName + " | " + e.Message); }
        try { Positive(-3); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ActualValue + " | " + e.Message); }
        try
        {
            var r = new[] { 1, 2, 0, 4 }.Select(x => 12 / x).ToList();
        }
        catch (DivideByZeroException e) { Console.WriteLine("from LINQ lambda: " + e.Message); }
        Func<int> thrower = () => throw new NotImplementedException("lambda body");
        try { thrower(); }
        catch (NotImplementedException e) { Console.WriteLine(e.Message); }
        var ex = new InvalidOperationException("with data");
        ex.Data["code"] = 42;
        ex.Data.Add("where", "here");
        try { throw ex; }
        catch (Exception e) { Console.WriteLine(e.Data.Count + " " + e.Data["code"] + " " + e.Data["where"]); }
        int attempts = 0;
        int result = 0;
        while (true)
        {
            try { attempts++; result = attempts < 3 ? throw new TimeoutException() : attempts * 100; break; }
            catch (TimeoutException) { Console.WriteLine("timeout " + attempts); }
        }
        Console.WriteLine("result " + result);
        var errors = new List<string>();
        foreach (var input in new[] { "1", "x", "2147483648", "", "7" })
        {
            try { errors.Add(int.Parse(input).ToString()); }
            catch (FormatException) { errors.Add("F"); }
            catch (OverflowException) { errors.Add("O"); }
        }
        Console.WriteLine(string.Join(",", errors));
        try
        {
            try { throw new Exception("inner"); }
            finally { Console.WriteLine("finally before outer catch"); }
        }
        catch (Exception e) when (e.Message == "inner") { Console.WriteLine("outer catch"); }
    }
}
