// minimal: creating a delegate over an instance method of a null reference throws
// ArgumentException "Delegate to an instance method cannot have null 'this'."
Node? n = null;
try { Action a = n!.M; Console.WriteLine("WRONG: created"); a(); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
class Node { public void M() => Console.WriteLine("M ran"); }
