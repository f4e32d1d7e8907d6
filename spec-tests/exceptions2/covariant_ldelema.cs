// minimal: taking a ref to an element of a covariant array (ldelema object on a string[])
// throws ArrayTypeMismatchException; on an exact object[] it does not
static void Touch<T>(ref T x) { }
object[] a = new string[1];
try { Touch(ref a[0]); Console.WriteLine("WRONG: no exception"); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
object[] b = new object[1];
Touch(ref b[0]);
Console.WriteLine("exact array ok");
