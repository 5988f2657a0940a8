from resreader.cli import main

raise SystemExit(main())
