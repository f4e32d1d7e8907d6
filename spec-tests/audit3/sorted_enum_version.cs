using System;
using System.Collections.Generic;
// Known failure: SortedSet/SortedDictionary/SortedList enumerators do not check the collection's version as .NET does.
class P {
  static void T(string name, Action f) {
    try { f(); Console.WriteLine(name + ": ok"); }
    catch (Exception e) { Console.WriteLine(name + ": " + e.GetType().FullName + ": " + e.Message); }
  }
  static void Main() {
    T("sset", () => { var q = new SortedSet<int>(new[]{1,2}); foreach (var x in q) q.Add(x + 10); });
    T("sdict", () => { var q = new SortedDictionary<int,int>{{1,1}}; foreach (var x in q) q[5] = 1; });
    T("slist", () => { var q = new SortedList<int,int>{{1,1}}; foreach (var x in q) q[5] = 1; });
  }
}
