package main

import (
	"fmt"
	"runtime"

	"github.com/newsx/newsx/extract/record"
	"github.com/spf13/cobra"
)

func newVersionCmd(ios streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of newsx",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(ios.Out, "newsx %s (record schema %s, %s, %s/%s)\n",
				getVersion(), record.SchemaVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
