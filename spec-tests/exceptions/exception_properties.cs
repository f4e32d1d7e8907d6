// exception objects: default Message texts of parameterless constructors, ArgumentException
// family messages with parameter names and actual values, InnerException chains and
// GetBaseException, the Data dictionary, ThrowIfNull helpers, and custom exception properties
Exception[] defaults =
{
    new Exception(), new ArgumentException(), new ArgumentNullException(), new ArgumentOutOfRangeException(),
    new InvalidOperationException(), new NotSupportedException(), new NotImplementedException(), new FormatException(),
    new IndexOutOfRangeException(), new NullReferenceException(), new InvalidCastException(), new OverflowException(),
    new DivideByZeroException(), new KeyNotFoundException(), new TimeoutException(), new OperationCanceledException(),
    new ApplicationException(), new ArithmeticException(), new ObjectDisposedException("thing"), new UnauthorizedAccessException(),
};
foreach (var e in defaults) Console.WriteLine($"{e.GetType().Name}: {e.Message}");
Console.WriteLine(new ArgumentException("bad value", "arg").Message);
Console.WriteLine(new ArgumentNullException("param").Message);
Console.WriteLine(new ArgumentNullException("param", "custom text").Message);
Console.WriteLine(new ArgumentOutOfRangeException("index", 42, "must be small").Message);
Console.WriteLine(new ArgumentOutOfRangeException("index").Message + " | " + new ArgumentOutOfRangeException("index").ParamName);
try { ArgumentNullException.ThrowIfNull((object?)null, "thing"); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
try { ArgumentOutOfRangeException.ThrowIfNegative(-3, "count"); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
try { ArgumentException.ThrowIfNullOrEmpty("", "name"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
var chain = new InvalidOperationException("top", new FormatException("middle", new IOException("root cause")));
Console.WriteLine(chain.GetBaseException().Message + " | " + chain.InnerException!.Message + " | " + chain.InnerException.InnerException!.GetType().Name);
var withData = new Exception("with data");
withData.Data["code"] = 17;
withData.Data["where"] = "parser";
foreach (System.Collections.DictionaryEntry kv in withData.Data) Console.Write($"{kv.Key}={kv.Value} ");
Console.WriteLine(withData.Data.Count);
var custom = new ValidationError("Email", "is required");
Console.WriteLine(custom.Message + " | " + custom.Field + " | " + (custom is ArgumentException) + " | " + custom.ParamName);
try { throw custom; } catch (ArgumentException e) when (e is ValidationError { Field: "Email" } v) { Console.WriteLine("caught validation for " + v.Field); }
class ValidationError(string fieldName, string problem) : ArgumentException($"{fieldName} {problem}", fieldName)
{
    public string Field => fieldName;
}
